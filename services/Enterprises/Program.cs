using CpPlatform.Enterprises;
using CpPlatform.Enterprises.Apis;
using CpPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddEnterprisesServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapCentersApi();
app.MapEnterprisesApi();

app.Run();

/// <summary>Entry point, public for the integration tests' WebApplicationFactory.</summary>
public partial class Program;
