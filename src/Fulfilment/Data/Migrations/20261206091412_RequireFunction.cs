using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fulfilment.Data.Migrations
{
    /// <inheritdoc />
    public partial class RequireFunction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A statement sent with COMMIT in one round trip cannot be checked by the app before the commit: it checks
            // itself, and an assumption that no longer holds aborts the transaction as a lost race (40001), which the
            // unit of work answers by rerunning the step.
            migrationBuilder.Sql("""
                CREATE FUNCTION fulfilment_require(ok boolean, assumption text) RETURNS boolean
                LANGUAGE plpgsql AS $$
                BEGIN
                    IF ok IS NOT TRUE THEN
                        RAISE EXCEPTION 'changed since it was read: %', assumption USING ERRCODE = 'serialization_failure';
                    END IF;
                    RETURN true;
                END
                $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION fulfilment_require(boolean, text);");
        }
    }
}
