using CpPlatform.Assessments;
using CpPlatform.Assessments.Apis;
using CpPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddAssessmentsServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapPreAssessmentsApi();
app.MapProjectsApi();
app.MapPortfolioApi();
app.MapCaseStudiesApi();

app.Run();

/// <summary>Entry point, public for the integration tests' WebApplicationFactory.</summary>
public partial class Program;
