using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fulfilment.Data.Migrations
{
    /// <inheritdoc />
    public partial class ParcelsByOrderWithStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The new index first: the order's parcels are never without one.
            migrationBuilder.CreateIndex(
                name: "ix_logistics_orders_order_id_store_id",
                table: "logistics_orders",
                columns: new[] { "order_id", "store_id" });

            migrationBuilder.DropIndex(
                name: "ix_logistics_orders_order_id",
                table: "logistics_orders");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_logistics_orders_order_id_store_id",
                table: "logistics_orders");

            migrationBuilder.CreateIndex(
                name: "ix_logistics_orders_order_id",
                table: "logistics_orders",
                column: "order_id");
        }
    }
}
