using CpPlatform.Events.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Events.Data;

internal sealed class BoardMemberConfiguration : IEntityTypeConfiguration<BoardMember>
{
    public void Configure(EntityTypeBuilder<BoardMember> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        // PostgreSQL's row version: of two changes made from one reading of a member, the second is refused (409), and an
        // attendance recorded from a term as read fails if the term changed before it committed.
        builder.Property<uint>("xmin").HasColumnType("xid").IsRowVersion();
        builder.Property(m => m.CenterId).HasMaxLength(64);
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.Property(m => m.Email).HasMaxLength(254);
        builder.Property(m => m.Organisation).HasMaxLength(200);
        builder.Property(m => m.Category).HasConversion<string>().HasMaxLength(40);
        builder.HasIndex(m => m.CenterId);
    }
}

internal sealed class BoardMeetingConfiguration : IEntityTypeConfiguration<BoardMeeting>
{
    public void Configure(EntityTypeBuilder<BoardMeeting> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.CenterId).HasMaxLength(64);
        builder.Property(m => m.Venue).HasMaxLength(300);
        builder.Property(m => m.Minutes).HasMaxLength(20000);
        builder.HasIndex(m => new { m.CenterId, m.Date });
    }
}
