using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CpPlatform.Monitoring.Apis;
using CpPlatform.Monitoring.Data;
using CpPlatform.Monitoring.Domain;
using CpPlatform.ServiceDefaults;
using CpPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static CpPlatform.Monitoring.Tests.Reports.SeedProgramProgress;

namespace CpPlatform.Monitoring.Tests.Reports;

/// <summary>
/// The two report routes on the platform's own service defaults (token checks, problem details, the shared Redis), with a
/// reader that answers the seed program: what the routes add to the reader (who may call, content types, file name,
/// 404) without the monitoring database, whose reader is tested with the progress endpoint.
/// </summary>
public sealed class ReportsApiTests : IAsyncLifetime
{
    private static readonly string Csv = $"/api/monitoring/programs/{Summary.Id}/report.csv";
    private static readonly string Html = $"/api/monitoring/programs/{Summary.Id}/report.html";

    private readonly SeedReader _reader = new();
    private WebApplication _app = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration[$"{AuthOptions.Section}:Issuer"] = TestTokens.Issuer;
        builder.Configuration[$"{AuthOptions.Section}:Audience"] = TestTokens.Audience;
        builder.Configuration["ConnectionStrings:cache"] = TestServers.Cache;
        builder.AddServiceDefaults();
        builder.Services.TrustSigningKey(TestTokens.Key);
        builder.Services.AddSingleton<IProgramProgressReader>(_reader);
        _app = builder.Build();
        _app.MapDefaultEndpoints();
        _app.MapReportsApi();
        await _app.StartAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_csv_is_a_UTF_8_file_named_after_the_program_and_day()
    {
        var response = await Client(TestTokens.National("monitoring")).GetAsync(Csv);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("logframe-TC-02-02-01-2-2004-06-30.csv", response.Content.Headers.ContentDisposition?.FileName);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFFlevel,ref,indicator,means of verification,center,year,target,actual,percent,status\r\n", text);
    }

    [Fact]
    public async Task The_html_is_a_page_that_may_run_nothing_and_fetch_nothing()
    {
        var response = await Client(TestTokens.Donor("idb", "monitoring")).GetAsync(Html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'", string.Join(", ", response.Headers.GetValues("Content-Security-Policy")));
        Assert.StartsWith("<!DOCTYPE html>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_query_reaches_the_reader_as_the_progress_endpoint_reads_it()
    {
        var response = await Client(TestTokens.Center(Chihuahua, "monitoring")).GetAsync($"{Csv}?asOf=2004-03-31&centerId=%20{Chihuahua}%20&year=2004");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((Summary.Id, new DateOnly(2004, 3, 31), Chihuahua, 2004), _reader.LastQuery);
    }

    [Fact]
    public async Task A_program_the_reader_does_not_answer_for_this_client_is_a_404_problem()
    {
        foreach (var route in new[] { Csv, Html })
        {
            var response = await Client(TestTokens.Donor("usaid", "monitoring")).GetAsync(route.Replace(Summary.Id.ToString(), Guid.NewGuid().ToString()));

            await response.ProblemAsync(HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task Banks_tokens_without_the_monitoring_scope_and_anonymous_callers_are_refused()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await Client(TestTokens.Bank("banorte", "monitoring")).GetAsync(Csv)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client(TestTokens.National("events")).GetAsync(Html)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client(null).GetAsync(Csv)).StatusCode);
    }

    private HttpClient Client(string? token)
    {
        var client = _app.GetTestClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return client;
    }

    /// <summary>Answers the seed program as of the day asked (its own day by default), and remembers the last query.</summary>
    private sealed class SeedReader : IProgramProgressReader
    {
        public (Guid, DateOnly?, string?, int?) LastQuery { get; private set; }

        public Task<ProgramProgress?> ReadAsync(Guid programId, DateOnly? asOf, string? centerId, int? year, CancellationToken cancellationToken)
        {
            LastQuery = (programId, asOf, centerId, year);
            return Task.FromResult(programId == Summary.Id ? Build() with { AsOf = asOf ?? AsOf, CenterId = centerId, Year = year } : null);
        }
    }
}
