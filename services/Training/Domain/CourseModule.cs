namespace CpPlatform.Training.Domain;

/// <summary>
/// One module of a course, numbered from 1 in teaching order; <paramref name="Phase"/> groups modules into the
/// course's phases (e.g. two phases of five days).
/// </summary>
public sealed record CourseModule(int Number, string Title, Topic Topic, int Days, int Phase);
