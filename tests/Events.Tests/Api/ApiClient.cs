using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CpPlatform.Contracts.Enterprises;
using CpPlatform.Contracts.Training;
using CpPlatform.Events.Data;
using CpPlatform.ServiceDefaults.Http;
using CpPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpPlatform.Events.Tests.Api;

/// <summary>Calls the service as center apps, national staff and the public would, and feeds it other services' events.</summary>
internal static class ApiClient
{
    public const string Scope = "events";

    public static readonly JsonSerializerOptions Json = HttpJson.Options;

    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    public static string NewCenterId() => $"c-{Guid.NewGuid():N}"[..14];

    public static HttpClient AsCenter(this EventsFactory factory, string centerId) => factory.CreateClient(TestTokens.Center(centerId, Scope));

    public static HttpClient AsNational(this EventsFactory factory) => factory.CreateClient(TestTokens.National(Scope));

    public static HttpClient AsPublic(this EventsFactory factory) => factory.CreateClient(token: null);

    /// <summary>A three-hour event starting now (so people can be checked in) unless <paramref name="startsAt"/> says otherwise.</summary>
    public static object NewEvent(
        int capacity = 50, bool isPublic = true, string kind = "awareness-talk", DateTimeOffset? startsAt = null, string title = "Cleaner production for tanneries") =>
        new
        {
            title, kind, sectors = new[] { "leather-tanning" }, startsAt = startsAt ?? DateTimeOffset.UtcNow,
            endsAt = (startsAt ?? DateTimeOffset.UtcNow).AddHours(3), venue = "Cámara de Comercio, Chihuahua", capacity,
            coHosts = new[] { "CANACINTRA" }, invitationsSent = 120, isPublic,
        };

    /// <summary>Plans an event as the center; returns its id.</summary>
    public static async Task<Guid> PlanEventAsync(this HttpClient center, object? details = null) =>
        (await center.PostOkAsync("/api/events", details ?? NewEvent(), HttpStatusCode.Created)).GetProperty("id").GetGuid();

    public static object Person(string email, string category = "government", Guid? enterpriseId = null, string name = "Ana Ruiz") =>
        new { name, email, organisation = "Secretaría de Medio Ambiente", category, enterpriseId };

    /// <summary>Registers an enterprise the way it really arrives: an EnterpriseRegistered event; waits for its snapshot.</summary>
    public static async Task<Guid> RegisterEnterpriseAsync(this EventsFactory factory, string centerId)
    {
        var enterpriseId = Guid.NewGuid();
        await factory.PublishAsync(new EnterpriseRegistered
        {
            CenterId = centerId,
            OccurredAt = DateTimeOffset.UtcNow,
            Enterprise = Snapshot(enterpriseId),
        });
        await factory.WaitUntilAsync(db => db.Enterprises.AnyAsync(e => e.EnterpriseId == enterpriseId), $"the snapshot of {enterpriseId}");
        return enterpriseId;
    }

    public static EnterpriseSnapshot Snapshot(Guid enterpriseId, long revision = 1, string legalName = "Curtidos del Norte") => new()
    {
        EnterpriseId = enterpriseId,
        Revision = revision,
        LegalName = legalName,
        Country = "MX",
        TaxId = $"TX{Guid.NewGuid():N}"[..14],
        State = "Chihuahua",
        Sector = "leather-tanning",
        SizeClass = "small",
        IsSme = true,
        Consents = new EnterpriseConsents { PublishResults = true, ShareWithBanks = false },
        Stage = "prospect",
    };

    /// <summary>The enterprises service announces the center with its time zone; waits until events keeps it.</summary>
    public static async Task AnnounceCenterAsync(this EventsFactory factory, string centerId, string timeZone)
    {
        var messageId = Guid.NewGuid();
        await factory.PublishAsync(new CenterRegistered
        {
            CenterId = centerId, OccurredAt = DateTimeOffset.UtcNow,
            Center = new CenterSnapshot { Revision = 1, Name = "Centro", Country = "MX", TimeZone = timeZone },
        }, messageId);
        await factory.WaitUntilConsumedAsync(messageId);
    }

    /// <summary>Certifies a consultant the way the training service announces it; waits until the roster has them.</summary>
    public static async Task<string> CertifyConsultantAsync(this EventsFactory factory, string email, string certificateNumber)
    {
        await factory.PublishAsync(new ConsultantCertified
        {
            CenterId = "mx-chihuahua", OccurredAt = DateTimeOffset.UtcNow, CertificateNumber = certificateNumber, ConsultantEmail = email,
            ConsultantName = "Luis Pérez", Country = "MX", IssuedOn = DateOnly.FromDateTime(DateTime.UtcNow),
            ValidUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(3),
        });
        await factory.WaitUntilAsync(db => db.Roster.AnyAsync(c => c.CertificateNumber == certificateNumber), $"certificate {certificateNumber} on the roster");
        return certificateNumber;
    }

    /// <summary>Polls the service's own database (as the system: no center filter) until <paramref name="condition"/> holds.</summary>
    public static async Task WaitUntilAsync(this EventsFactory factory, Func<EventsDbContext, Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Delivery;
        while (true)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            if (await condition(scope.ServiceProvider.GetRequiredService<EventsDbContext>()))
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, $"Waited {Delivery} for {what}.");
            await Task.Delay(100);
        }
    }
}
