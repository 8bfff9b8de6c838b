using CpPlatform.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpPlatform.Training.Data;

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> builder)
    {
        builder.ToTable("attendance");
        builder.HasKey(attendance => new { attendance.EnrollmentId, attendance.SessionId });
        builder.Property(attendance => attendance.RecordedBy).HasMaxLength(200);
        builder.HasOne<Enrollment>().WithMany().HasForeignKey(attendance => attendance.EnrollmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Session>().WithMany().HasForeignKey(attendance => attendance.SessionId).OnDelete(DeleteBehavior.Restrict);
    }
}
