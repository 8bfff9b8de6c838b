using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpPlatform.Enterprises.Data.Migrations
{
    /// <inheritdoc />
    public partial class CenterTimeZone : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "revision",
                table: "centers",
                type: "bigint",
                nullable: false,
                defaultValue: 1L);

            migrationBuilder.AddColumn<string>(
                name: "time_zone",
                table: "centers",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            // Existing centers get their country's main zone (as registered from now on), UTC where none is known.
            migrationBuilder.Sql("""
                UPDATE centers SET time_zone = CASE country
                    WHEN 'AG' THEN 'America/Antigua' WHEN 'AI' THEN 'America/Anguilla' WHEN 'AR' THEN 'America/Argentina/Buenos_Aires'
                    WHEN 'AW' THEN 'America/Aruba' WHEN 'BB' THEN 'America/Barbados' WHEN 'BO' THEN 'America/La_Paz'
                    WHEN 'BR' THEN 'America/Sao_Paulo' WHEN 'BS' THEN 'America/Nassau' WHEN 'BZ' THEN 'America/Belize'
                    WHEN 'CA' THEN 'America/Toronto' WHEN 'CL' THEN 'America/Santiago' WHEN 'CO' THEN 'America/Bogota'
                    WHEN 'CR' THEN 'America/Costa_Rica' WHEN 'CU' THEN 'America/Havana' WHEN 'CW' THEN 'America/Curacao'
                    WHEN 'DE' THEN 'Europe/Berlin' WHEN 'DM' THEN 'America/Dominica' WHEN 'DO' THEN 'America/Santo_Domingo'
                    WHEN 'EC' THEN 'America/Guayaquil' WHEN 'ES' THEN 'Europe/Madrid' WHEN 'GD' THEN 'America/Grenada'
                    WHEN 'GT' THEN 'America/Guatemala' WHEN 'GY' THEN 'America/Guyana' WHEN 'HN' THEN 'America/Tegucigalpa'
                    WHEN 'HT' THEN 'America/Port-au-Prince' WHEN 'JM' THEN 'America/Jamaica' WHEN 'KN' THEN 'America/St_Kitts'
                    WHEN 'LC' THEN 'America/St_Lucia' WHEN 'MX' THEN 'America/Mexico_City' WHEN 'NI' THEN 'America/Managua'
                    WHEN 'PA' THEN 'America/Panama' WHEN 'PE' THEN 'America/Lima' WHEN 'PR' THEN 'America/Puerto_Rico'
                    WHEN 'PY' THEN 'America/Asuncion' WHEN 'SR' THEN 'America/Paramaribo' WHEN 'SV' THEN 'America/El_Salvador'
                    WHEN 'TT' THEN 'America/Port_of_Spain' WHEN 'US' THEN 'America/New_York' WHEN 'UY' THEN 'America/Montevideo'
                    WHEN 'VC' THEN 'America/St_Vincent' WHEN 'VE' THEN 'America/Caracas'
                    ELSE 'UTC' END;
                """);

            // The other services learn existing centers' zones as they learn new ones': a CenterRegistered through the outbox.
            migrationBuilder.Sql("""
                INSERT INTO outbox_messages (id, message_type, body, created_at, attempts)
                SELECT gen_random_uuid(), 'CpPlatform.Contracts.Enterprises.CenterRegistered, CpPlatform.Contracts',
                       jsonb_build_object('centerId', id, 'occurredAt', now(),
                           'center', jsonb_build_object('revision', revision, 'name', name, 'country', country, 'timeZone', time_zone)),
                       now(), 0
                FROM centers;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "revision",
                table: "centers");

            migrationBuilder.DropColumn(
                name: "time_zone",
                table: "centers");
        }
    }
}
