using System.Net.Http.Json;
using System.Text.Json;
using CpPlatform.Training.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpPlatform.Training.Tests.Api;

public class InfrastructureTests(TrainingFactory factory) : IClassFixture<TrainingFactory>
{
    [Fact]
    public async Task Start_up_applies_the_committed_migrations_and_they_match_the_model()
    {
        factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();

        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: run dotnet ef migrations add.");
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api_including_the_public_verification()
    {
        var document = await factory.CreateClient(token: null).GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/training/offerings/{id}/sessions/{sessionId}/attendance", out _));
        Assert.True(paths.TryGetProperty("/api/training/certifications", out _));
        Assert.True(paths.TryGetProperty("/api/public/certificates/{number}", out _));
    }
}
