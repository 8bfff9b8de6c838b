using CpPlatform.Financing;
using CpPlatform.Financing.Apis;
using CpPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddFinancingServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapBanksApi();
app.MapFacilitiesApi();
app.MapEligibilityApi();
app.MapLoansApi();

app.Run();

/// <summary>Entry point, public for the integration tests' WebApplicationFactory.</summary>
public partial class Program;
