using CpPlatform.Events;
using CpPlatform.Events.Apis;
using CpPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddEventsServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapEventsApi();
app.MapRegistrationsApi();
app.MapPublicEventsApi();
app.MapAdvisoryBoardApi();
app.MapQuestionsApi();
app.MapPublicQuestionsApi();
app.MapIndicatorsApi();

app.Run();

/// <summary>Entry point, public for the integration tests' WebApplicationFactory.</summary>
public partial class Program;
