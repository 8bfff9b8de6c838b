namespace CpPlatform.Training.Domain;

/// <summary>Who a course is for and who a participant is; donors count people trained by these categories.</summary>
public enum ParticipantCategory
{
    Consultant,
    GovernmentStaff,
    UniversityProfessor,
    Student,
    CompanyStaff,
    Instructor,
}
