using CpPlatform.Monitoring;
using CpPlatform.Monitoring.Apis;
using CpPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddMonitoringServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapMeasuresApi();
app.MapProgramsApi();
app.MapIndicatorsApi();
app.MapManualReportsApi();
app.MapProgressApi();
app.MapReportsApi();
app.MapReplaysApi();

app.Run();

/// <summary>Entry point, public for the integration tests' WebApplicationFactory.</summary>
public partial class Program;
