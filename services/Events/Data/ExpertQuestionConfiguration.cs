using CpPlatform.Events.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Events.Data;

internal sealed class ExpertQuestionConfiguration : IEntityTypeConfiguration<ExpertQuestion>
{
    public void Configure(EntityTypeBuilder<ExpertQuestion> builder)
    {
        builder.ToTable("questions");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Id).ValueGeneratedNever();
        // PostgreSQL's row version: of two concurrent assignments or answers, the second answers 409.
        builder.Property<uint>("xmin").HasColumnType("xid").IsRowVersion();
        builder.Property(q => q.CenterId).HasMaxLength(64);
        builder.Property(q => q.AskerName).HasMaxLength(200);
        builder.Property(q => q.AskerEmail).HasMaxLength(254);
        builder.Property(q => q.Organisation).HasMaxLength(200);
        builder.Property(q => q.Sector).HasMaxLength(40);
        builder.Property(q => q.Text).HasMaxLength(4000);
        builder.Property(q => q.IdempotencyKey).HasMaxLength(200);
        builder.Property(q => q.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(q => q.ExpertEmail).HasMaxLength(254);
        builder.Property(q => q.ExpertName).HasMaxLength(200);
        builder.Property(q => q.AssignedBy).HasMaxLength(200);
        builder.Property(q => q.Answer).HasMaxLength(8000);
        builder.Property(q => q.AnsweredBy).HasMaxLength(200);
        // A key belongs to its sender: the same key from another email is another person's question.
        builder.HasIndex(q => new { q.AskerEmail, q.IdempotencyKey }).IsUnique();
        builder.HasIndex(q => new { q.CenterId, q.ReceivedAt });
    }
}
