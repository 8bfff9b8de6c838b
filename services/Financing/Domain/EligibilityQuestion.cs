namespace CpPlatform.Financing.Domain;

/// <summary>
/// A bank's question about a borrower under one facility. <see cref="Borrower"/> is null when no enterprise has the
/// country and tax id; <see cref="BorrowerCovered"/> is the principal of its loans already under this facility's coverage.
/// </summary>
public sealed record EligibilityQuestion(
    Facility Facility, BorrowerSnapshot? Borrower, string Country, decimal Amount, LoanPurpose Purpose, DateOnly Today, decimal BorrowerCovered);
