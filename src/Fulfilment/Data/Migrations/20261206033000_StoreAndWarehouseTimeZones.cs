using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fulfilment.Data.Migrations
{
    /// <summary>
    /// Each store and warehouse gets its time zone (existing ones: Asia/Shanghai, the demo data's and the default), and
    /// channels can no longer share a service indicator or (case-insensitively) a name.
    /// </summary>
    public partial class StoreAndWarehouseTimeZones : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "time_zone",
                table: "warehouses",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "Asia/Shanghai");

            migrationBuilder.AddColumn<string>(
                name: "time_zone",
                table: "stores",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "Asia/Shanghai");

            migrationBuilder.CreateIndex(
                name: "ix_logistics_channels_service_indicator",
                table: "logistics_channels",
                column: "service_indicator",
                unique: true);

            // Not in the EF model (an expression index): the services report a clash under "name".
            migrationBuilder.Sql("CREATE UNIQUE INDEX ux_logistics_channels_name_ci ON logistics_channels (lower(name));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ux_logistics_channels_name_ci;");

            migrationBuilder.DropIndex(
                name: "ix_logistics_channels_service_indicator",
                table: "logistics_channels");

            migrationBuilder.DropColumn(
                name: "time_zone",
                table: "warehouses");

            migrationBuilder.DropColumn(
                name: "time_zone",
                table: "stores");
        }
    }
}
