namespace CpPlatform.ServiceDefaults.Http;

/// <summary>One page of a list: the items and where they sit in the whole result.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public int TotalPages => PageSize == 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;
}

/// <summary>Paging query parameters with defaults and limits shared by every list endpoint.</summary>
public readonly record struct PageRequest(int Page, int PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>The last page anyone may ask for: with <see cref="MaxPageSize"/> it keeps the offset well inside an int.</summary>
    public const int MaxPage = 100_000;

    public int Skip => (Page - 1) * PageSize;

    public static PageRequest From(int? page, int? pageSize, ValidationErrors errors)
    {
        var request = new PageRequest(page ?? 1, pageSize ?? DefaultPageSize);
        errors.Check(request.Page is >= 1 and <= MaxPage, "page", $"Must be between 1 and {MaxPage}.");
        errors.Check(request.PageSize is >= 1 and <= MaxPageSize, "pageSize", $"Must be between 1 and {MaxPageSize}.");
        return request;
    }
}
