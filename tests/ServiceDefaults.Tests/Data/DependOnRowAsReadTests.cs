using CpPlatform.ServiceDefaults.Tests.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CpPlatform.ServiceDefaults.Tests.Data;

public class DependOnRowAsReadTests
{
    [Fact]
    public void A_row_without_a_version_to_check_is_refused_rather_than_written_again_unchecked()
    {
        using var db = new TallyDbContextFactory().CreateDbContext([]);
        var tally = new Tally { Id = "unversioned" };
        db.Attach(tally);

        var refused = Assert.Throws<InvalidOperationException>(() => db.DependOnRowAsRead(tally));

        Assert.Contains("no concurrency token", refused.Message);
        Assert.Equal(EntityState.Unchanged, db.Entry(tally).State);
    }
}
