using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace CpPlatform.Gateway.Benchmark;

/// <summary>
/// Writes <see cref="SeededPortfolio"/> straight into the assessments database, once per database: 100,000 options
/// through the API would take hours. The rows are the service's own (every column it writes, its JSON documents, the
/// enterprise snapshots projects join to); the events and program activities the API would also have written are not,
/// since no other service needs them for this scenario.
/// </summary>
internal static class PortfolioSeeder
{
    /// <summary>Seeds the center's portfolio unless it is there already; true when it wrote it now.</summary>
    public static async Task<bool> SeedOnceAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        // Two benchmarks started at once must not both seed: the second waits here, then finds the rows.
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext(@center))", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("center", SeededPortfolio.CenterId);
            await lockCommand.ExecuteNonQueryAsync();
        }
        await using var count = new NpgsqlCommand("SELECT count(*) FROM projects WHERE center_id = @center", connection, transaction);
        count.Parameters.AddWithValue("center", SeededPortfolio.CenterId);
        var existing = (long)(await count.ExecuteScalarAsync())!;
        if (existing == SeededPortfolio.ProjectCount)
        {
            return false;
        }
        if (existing != 0)
        {
            throw new InvalidOperationException(
                $"The assessments database holds {existing} projects of center {SeededPortfolio.CenterId}, not 0 or {SeededPortfolio.ProjectCount}: delete the benchmark's data folder.");
        }
        await WritePlantsAsync(connection);
        await WriteProjectsAsync(connection);
        await WriteOptionsAsync(connection);
        await transaction.CommitAsync();
        await using var analyze = new NpgsqlCommand("ANALYZE enterprise_snapshots, projects, options", connection);
        await analyze.ExecuteNonQueryAsync();
        return true;
    }

    private static async Task WritePlantsAsync(NpgsqlConnection connection)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY enterprise_snapshots (enterprise_id, center_id, revision, legal_name, country, tax_id, sector, size_class, is_sme, " +
            "publish_results, share_with_banks, stage) FROM STDIN (FORMAT BINARY)");
        foreach (var plant in SeededPortfolio.Plants())
        {
            await writer.WriteRowAsync(default, plant.Id, SeededPortfolio.CenterId, 1L, plant.LegalName, "MX", plant.TaxId, plant.Sector,
                plant.SizeClass, true, true, plant.ShareWithBanks, "in-demonstration-project");
        }
        await writer.CompleteAsync();
    }

    private static async Task WriteProjectsAsync(NpgsqlConnection connection)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY projects (id, center_id, enterprise_id, pre_assessment_id, phase, verified_at, selected_by, selected_at, updated_at, " +
            "cost_share_company_pays, cost_share_program_pays, cost_share_project_cost, criteria_is_sme, criteria_locally_significant_impact, " +
            "criteria_management_commitment, criteria_publish_results_consent, option_totals_recommended, option_totals_implemented, " +
            "option_totals_implemented_investment, option_totals_implemented_annual_savings, after, baseline, consultants, phase_history, scores) " +
            "FROM STDIN (FORMAT BINARY)");
        foreach (var project in SeededPortfolio.Projects())
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(project.Id);
            await writer.WriteAsync(SeededPortfolio.CenterId);
            await writer.WriteAsync(project.PlantId);
            await writer.WriteNullAsync();
            await writer.WriteAsync(project.Phase);
            await WriteOrNullAsync(writer, project.VerifiedAt, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(SeededPortfolio.SelectedBy);
            await writer.WriteAsync(project.SelectedAt, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(project.UpdatedAt, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(project.CompanyPays, NpgsqlDbType.Numeric);
            await writer.WriteAsync(project.ProgramPays, NpgsqlDbType.Numeric);
            await writer.WriteAsync(project.CompanyPays + project.ProgramPays, NpgsqlDbType.Numeric);
            for (var criterion = 0; criterion < 4; criterion++)
            {
                await writer.WriteAsync(true); // a project is selected only when every criterion holds
            }
            await writer.WriteAsync(project.RecommendedOptions);
            await writer.WriteAsync(project.ImplementedOptions);
            await writer.WriteAsync(project.ImplementedInvestment, NpgsqlDbType.Numeric);
            await writer.WriteAsync(project.ImplementedAnnualSavings, NpgsqlDbType.Numeric);
            await writer.WriteNullAsync();
            await WriteOrNullAsync(writer, project.Baseline is null ? null : Json(project.Baseline), NpgsqlDbType.Jsonb);
            await writer.WriteAsync(Json(project.Consultants), NpgsqlDbType.Jsonb);
            await writer.WriteAsync(Json(project.PhaseHistory), NpgsqlDbType.Jsonb);
            await writer.WriteAsync("[]", NpgsqlDbType.Jsonb);
        }
        await writer.CompleteAsync();
    }

    private static async Task WriteOptionsAsync(NpgsqlConnection connection)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY options (id, project_id, center_id, category, description, confidential, investment, annual_savings, status, " +
            "rejection_reason, implemented_on, actual_investment, verified_annual_savings, implemented_investment, implemented_annual_savings, " +
            "updated_by, updated_at, reductions_emissions_tco2e, reductions_energy_kwh, reductions_hazardous_waste_t, reductions_materials_t, " +
            "reductions_waste_t, reductions_water_m3) FROM STDIN (FORMAT BINARY)");
        foreach (var project in SeededPortfolio.Projects())
        {
            foreach (var option in project.Options)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(option.Id);
                await writer.WriteAsync(project.Id);
                await writer.WriteAsync(SeededPortfolio.CenterId);
                await writer.WriteAsync(option.Category);
                await writer.WriteAsync(option.Description);
                await writer.WriteAsync(option.Confidential);
                await writer.WriteAsync(option.Investment, NpgsqlDbType.Numeric);
                await writer.WriteAsync(option.AnnualSavings, NpgsqlDbType.Numeric);
                await writer.WriteAsync(option.Status);
                await WriteOrNullAsync(writer, option.RejectionReason, NpgsqlDbType.Varchar);
                await WriteOrNullAsync(writer, option.ImplementedOn, NpgsqlDbType.Date);
                await WriteOrNullAsync(writer, option.ActualInvestment, NpgsqlDbType.Numeric);
                await WriteOrNullAsync(writer, option.VerifiedAnnualSavings, NpgsqlDbType.Numeric);
                await WriteOrNullAsync(writer, option.ImplementedInvestment, NpgsqlDbType.Numeric);
                await WriteOrNullAsync(writer, option.ImplementedAnnualSavings, NpgsqlDbType.Numeric);
                await writer.WriteAsync(SeededPortfolio.SelectedBy);
                await writer.WriteAsync(option.UpdatedAt, NpgsqlDbType.TimestampTz);
                foreach (var reduction in new[] { option.EmissionsTco2e, option.EnergyKwh, 0m, 0m, 0m, option.WaterM3 })
                {
                    await writer.WriteAsync(reduction, NpgsqlDbType.Numeric);
                }
            }
        }
        await writer.CompleteAsync();
    }

    private static Task WriteOrNullAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type) where T : struct => value is { } present
        ? writer.WriteAsync(present, type)
        : writer.WriteNullAsync();

    private static Task WriteOrNullAsync(NpgsqlBinaryImporter writer, string? value, NpgsqlDbType type) => value is null
        ? writer.WriteNullAsync()
        : writer.WriteAsync(value, type);

    private static string Json<T>(T document) => JsonSerializer.Serialize(document);
}
