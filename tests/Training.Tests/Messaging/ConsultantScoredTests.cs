using CpPlatform.Training.Data;
using CpPlatform.Training.Tests.Api;
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
