using CpPlatform.ServiceDefaults;
using CpPlatform.Training;
using CpPlatform.Training.Apis;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddTrainingServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapCoursesApi();
app.MapOfferingsApi();
app.MapEnrollmentsApi();
app.MapCertificationApi();
app.MapRosterApi();
app.MapIndicatorsApi();
app.MapPublicCertificatesApi();

app.Run();

/// <summary>Entry point, public for the integration tests' WebApplicationFactory.</summary>
public partial class Program;
