using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Fulfilment.Data.Migrations
{
    /// <inheritdoc />
    public partial class WithholdingAndExternalShipments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "handed_over_at",
                table: "logistics_orders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "handed_over_by",
                table: "logistics_orders",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "authorisation_id",
                table: "freight_ledger_entries",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reference",
                table: "freight_ledger_entries",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "gateway_token",
                table: "freight_accounts",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "external_shipments",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    store_id = table.Column<long>(type: "bigint", nullable: false),
                    order_id = table.Column<long>(type: "bigint", nullable: false),
                    shipping_notice_id = table.Column<long>(type: "bigint", nullable: false),
                    carrier_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    tracking_number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    tracking_url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    shipped_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_external_shipments", x => x.id);
                    table.ForeignKey(
                        name: "fk_external_shipments_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_external_shipments_shipping_notices_shipping_notice_id",
                        column: x => x.shipping_notice_id,
                        principalTable: "shipping_notices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_external_shipments_stores_store_id",
                        column: x => x.store_id,
                        principalTable: "stores",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "external_shipment_lines",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    store_id = table.Column<long>(type: "bigint", nullable: false),
                    external_shipment_id = table.Column<long>(type: "bigint", nullable: false),
                    order_line_id = table.Column<long>(type: "bigint", nullable: false),
                    sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_external_shipment_lines", x => x.id);
                    table.CheckConstraint("ck_external_shipment_lines_quantity_positive", "quantity > 0");
                    table.ForeignKey(
                        name: "fk_external_shipment_lines_external_shipments_external_shipmen",
                        column: x => x.external_shipment_id,
                        principalTable: "external_shipments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_external_shipment_lines_order_lines_order_line_id",
                        column: x => x.order_line_id,
                        principalTable: "order_lines",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_freight_ledger_entries_reference",
                table: "freight_ledger_entries",
                column: "reference",
                unique: true,
                filter: "reference IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_external_shipment_lines_external_shipment_id",
                table: "external_shipment_lines",
                column: "external_shipment_id");

            migrationBuilder.CreateIndex(
                name: "ix_external_shipment_lines_order_line_id",
                table: "external_shipment_lines",
                column: "order_line_id");

            migrationBuilder.CreateIndex(
                name: "ix_external_shipment_lines_store_id",
                table: "external_shipment_lines",
                column: "store_id");

            migrationBuilder.CreateIndex(
                name: "ix_external_shipments_order_id",
                table: "external_shipments",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_external_shipments_shipping_notice_id",
                table: "external_shipments",
                column: "shipping_notice_id");

            migrationBuilder.CreateIndex(
                name: "ix_external_shipments_store_id",
                table: "external_shipments",
                column: "store_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "external_shipment_lines");

            migrationBuilder.DropTable(
                name: "external_shipments");

            migrationBuilder.DropIndex(
                name: "ix_freight_ledger_entries_reference",
                table: "freight_ledger_entries");

            migrationBuilder.DropColumn(
                name: "handed_over_at",
                table: "logistics_orders");

            migrationBuilder.DropColumn(
                name: "handed_over_by",
                table: "logistics_orders");

            migrationBuilder.DropColumn(
                name: "authorisation_id",
                table: "freight_ledger_entries");

            migrationBuilder.DropColumn(
                name: "reference",
                table: "freight_ledger_entries");

            migrationBuilder.DropColumn(
                name: "gateway_token",
                table: "freight_accounts");
        }
    }
}
