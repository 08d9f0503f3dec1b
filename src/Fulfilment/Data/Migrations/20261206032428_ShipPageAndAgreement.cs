using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fulfilment.Data.Migrations
{
    /// <inheritdoc />
    public partial class ShipPageAndAgreement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "buyer_channel_code",
                table: "orders",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "agreement_accepted_at",
                table: "logistics_orders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "agreement_version",
                table: "logistics_orders",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "chinese_name",
                table: "logistics_channels",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "agreement_accepted_at",
                table: "logistics_orders");

            migrationBuilder.DropColumn(
                name: "agreement_version",
                table: "logistics_orders");

            migrationBuilder.DropColumn(
                name: "chinese_name",
                table: "logistics_channels");

            migrationBuilder.AlterColumn<string>(
                name: "buyer_channel_code",
                table: "orders",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40,
                oldNullable: true);
        }
    }
}
