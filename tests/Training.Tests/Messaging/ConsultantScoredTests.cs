using CpPlatform.Training.Data;
using CpPlatform.Training.Tests.Api;
using CpPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpPlatform.Training.Tests.Messaging;

public class ConsultantScoredTests(TrainingFactory factory) : IClassFixture<TrainingFactory>
{
    [Fact]
    public async Task The_best_score_per_email_is_kept_whatever_order_the_scores_arrive_in()
    {
        var email = ApiClient.NewEmail();
        await factory.ScoreAsync(email, 84);

        var lower = Guid.NewGuid();
        await factory.ScoreAsync(email.ToUpperInvariant(), 70, lower);
        await WaitUntilHandledAsync(lower);
        Assert.Equal(84, await BestScoreAsync(email));

        await factory.ScoreAsync(email, 91);
        Assert.Equal(91, await BestScoreAsync(email));
    }

    [Fact]
    public async Task A_score_applied_while_a_better_one_was_being_saved_does_not_write_over_it()
    {
        var email = ApiClient.NewEmail();
        await factory.ScoreAsync(email, 60);

        // As two consumers applying scores of 91 and 75 at once: both read 60, and 91 saves first.
        await ConcurrentSaves.AssertTheSecondIsRefusedAsync<TrainingDbContext>(factory.Services,
            db => ConsiderAsync(db, email, 91),
            db => ConsiderAsync(db, email, 75));

        Assert.Equal(91, await BestScoreAsync(email));
    }

    private static async Task ConsiderAsync(TrainingDbContext db, string email, int score) =>
        Assert.True((await db.ConsultantScores.SingleAsync(s => s.Email == email)).Consider(score, Guid.NewGuid(), "Luis Pérez", "mx-chihuahua", DateTimeOffset.UtcNow));

    private async Task<int> BestScoreAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        return (await db.ConsultantScores.SingleAsync(score => score.Email == email)).BestScore;
    }

    private async Task WaitUntilHandledAsync(Guid messageId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().InboxMessages.AnyAsync(message => message.MessageId == messageId))
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, $"Message {messageId} was not handled within 30 s.");
            await Task.Delay(100);
        }
    }
}
