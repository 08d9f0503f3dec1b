using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fulfilment.Data.Migrations
{
    /// <inheritdoc />
    public partial class InboxSortIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_orders_store_id_status_buyer_name_id",
                table: "orders",
                columns: new[] { "store_id", "status", "buyer_name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_orders_store_id_status_placed_at_id",
                table: "orders",
                columns: new[] { "store_id", "status", "placed_at", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_orders_store_id_status_buyer_name_id",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "ix_orders_store_id_status_placed_at_id",
                table: "orders");
        }
    }
}
