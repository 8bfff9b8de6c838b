using CpPlatform.Financing.Domain;
using CpPlatform.ServiceDefaults.Security;

namespace CpPlatform.Financing.Data;

/// <summary>A bank reaches only its own bank's facilities and loans; national staff and the admin reach all.</summary>
internal static class Visibility
{
    public static IQueryable<Facility> VisibleTo(this IQueryable<Facility> facilities, ICurrentClient client) =>
        client.Kind == ClientKind.Bank ? facilities.Where(facility => facility.BankId == (client.BankId ?? "")) : facilities;

    public static IQueryable<Loan> VisibleTo(this IQueryable<Loan> loans, ICurrentClient client) =>
        client.Kind == ClientKind.Bank ? loans.Where(loan => loan.BankId == (client.BankId ?? "")) : loans;
}
