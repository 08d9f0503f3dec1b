using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Fulfilment.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateSequence(
                name: "waybill_serial",
                minValue: 1L,
                maxValue: 99999999L);

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "text", nullable: true),
                    xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    scope = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    key = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    request_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    response_json = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotency_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "logistics_channels",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    carrier = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    service_indicator = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false),
                    origin_country = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    max_weight_grams = table.Column<int>(type: "integer", nullable: false),
                    goods_types = table.Column<string[]>(type: "text[]", nullable: false),
                    return_service_fee = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_logistics_channels", x => x.id);
                    table.CheckConstraint("ck_logistics_channels_max_weight_positive", "max_weight_grams > 0");
                    table.CheckConstraint("ck_logistics_channels_origin_country", "origin_country ~ '^[A-Z]{2}$'");
                    table.CheckConstraint("ck_logistics_channels_return_fee_not_negative", "return_service_fee >= 0");
                    table.CheckConstraint("ck_logistics_channels_service_indicator", "service_indicator ~ '^[A-Z]{2}$'");
                });

            migrationBuilder.CreateTable(
                name: "stores",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stores", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "warehouses",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    is_default_transit = table.Column<bool>(type: "boolean", nullable: false),
                    service_cities = table.Column<List<string>>(type: "text[]", nullable: false),
                    service_postal_code_prefixes = table.Column<List<string>>(type: "text[]", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    address_city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    address_country_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    address_line1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    address_line2 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    address_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    address_phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    address_postal_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    address_province = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_warehouses", x => x.id);
                    table.CheckConstraint("ck_warehouses_default_is_transit", "NOT is_default_transit OR kind = 'Transit'");
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    role_id = table.Column<Guid>(type: "uuid", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_role_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_asp_net_role_claims_asp_net_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "AspNetRoles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "channel_rates",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    channel_id = table.Column<int>(type: "integer", nullable: false),
                    country_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    registration_fee = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    per_kg = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    min_chargeable_grams = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_channel_rates", x => x.id);
                    table.CheckConstraint("ck_channel_rates_country", "country_code = '*' OR country_code ~ '^[A-Z]{2}$'");
                    table.CheckConstraint("ck_channel_rates_min_weight_not_negative", "min_chargeable_grams >= 0");
                    table.CheckConstraint("ck_channel_rates_money_not_negative", "registration_fee >= 0 AND per_kg >= 0");
                    table.ForeignKey(
                        name: "fk_channel_rates_logistics_channels_channel_id",
                        column: x => x.channel_id,
                        principalTable: "logistics_channels",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "freight_accounts",
                columns: table => new
                {
                    store_id = table.Column<long>(type: "bigint", nullable: false),
                    method = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    holder_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    account_masked = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    balance = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    bound_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_freight_accounts", x => x.store_id);
                    table.CheckConstraint("ck_freight_accounts_balance_not_negative", "balance >= 0");
                    table.ForeignKey(
                        name: "fk_freight_accounts_stores_store_id",
                        column: x => x.store_id,
                        principalTable: "stores",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "freight_ledger_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    store_id = table.Column<long>(type: "bigint", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    balance_after = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    logistics_order_id = table.Column<long>(type: "bigint", nullable: true),
                    waybill_number = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_freight_ledger_entries", x => x.id);
                    table.CheckConstraint("ck_freight_ledger_entries_amount_not_zero", "amount <> 0");
                    table.CheckConstraint("ck_freight_ledger_entries_balance_after_not_negative", "balance_after >= 0");
                    table.ForeignKey(
                        name: "fk_freight_ledger_entries_stores_store_id",
                        column: x => x.store_id,
                        principalTable: "stores",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "orders",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    store_id = table.Column<long>(type: "bigint", nullable: false),
                    order_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    buyer_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    buyer_channel_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    placed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ship_by = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    completed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    recipient_city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recipient_country_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    recipient_line1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recipient_line2 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    recipient_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recipient_phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    recipient_postal_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    recipient_province = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orders", x => x.id);
                    table.ForeignKey(
                        name: "fk_orders_stores_store_id",
                        column: x => x.store_id,
                        principalTable: "stores",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sender_addresses",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    store_id = table.Column<long>(type: "bigint", nullable: false),
                    is_default = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    address_city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    address_country_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    address_line1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    address_line2 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    address_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    address_phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    address_postal_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    address_province = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sender_addresses", x => x.id);
                    table.ForeignKey(
                        name: "fk_sender_addresses_stores_store_id",
                        column: x => x.store_id,
                        principalTable: "stores",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    store_id = table.Column<long>(type: "bigint", nullable: true),
                    warehouse_id = table.Column<int>(type: "integer", nullable: true),
                    role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    is_disabled = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    password_hash = table.Column<string>(type: "text", nullable: true),
                    security_stamp = table.Column<string>(type: "text", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true),
                    phone_number = table.Column<string>(type: "text", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    access_failed_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_users", x => x.id);
                    table.CheckConstraint("ck_users_seller_has_store", "role <> 'Seller' OR store_id IS NOT NULL");
                    table.CheckConstraint("ck_users_staff_has_warehouse", "role <> 'WarehouseStaff' OR warehouse_id IS NOT NULL");
                    table.ForeignKey(
                        name: "fk_asp_net_users_stores_store_id",
                        column: x => x.store_id,
                        principalTable: "stores",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_asp_net_users_warehouses_warehouse_id",
                        column: x => x.warehouse_id,
                        principalTable: "warehouses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "order_lines",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    order_id = table.Column<long>(type: "bigint", nullable: false),
                    store_id = table.Column<long>(type: "bigint", nullable: false),
                    sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    shipped_quantity = table.Column<int>(type: "integer", nullable: false),
                    unit_price = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    weight_grams = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_lines", x => x.id);
                    table.CheckConstraint("ck_order_lines_quantity_positive", "quantity > 0");
                    table.CheckConstraint("ck_order_lines_shipped_within_quantity", "shipped_quantity >= 0 AND shipped_quantity <= quantity");
                    table.CheckConstraint("ck_order_lines_unit_price_not_negative", "unit_price >= 0");
                    table.CheckConstraint("ck_order_lines_weight_not_negative", "weight_grams >= 0");
                    table.ForeignKey(
                        name: "fk_order_lines_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "shipping_notices",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    store_id = table.Column<long>(type: "bigint", nullable: false),
                    order_id = table.Column<long>(type: "bigint", nullable: false),
                    shipped_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    filed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    filed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    waybill_numbers = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipping_notices", x => x.id);
                    table.ForeignKey(
                        name: "fk_shipping_notices_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_shipping_notices_stores_store_id",
                        column: x => x.store_id,
                        principalTable: "stores",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "timeline_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    store_id = table.Column<long>(type: "bigint", nullable: false),
                    order_id = table.Column<long>(type: "bigint", nullable: true),
                    logistics_order_id = table.Column<long>(type: "bigint", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    data = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_timeline_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_timeline_events_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_timeline_events_stores_store_id",
                        column: x => x.store_id,
                        principalTable: "stores",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_asp_net_user_claims_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    provider_key = table.Column<string>(type: "text", nullable: false),
                    provider_display_name = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "fk_asp_net_user_logins_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_roles", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "fk_asp_net_user_roles_asp_net_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "AspNetRoles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_asp_net_user_roles_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "fk_asp_net_user_tokens_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "logistics_orders",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    store_id = table.Column<long>(type: "bigint", nullable: false),
                    order_id = table.Column<long>(type: "bigint", nullable: false),
                    order_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    waybill_number = table.Column<string>(type: "character(13)", fixedLength: true, maxLength: 13, nullable: false),
                    channel_id = table.Column<int>(type: "integer", nullable: false),
                    channel_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    goods_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    handover_mode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    warehouse_id = table.Column<int>(type: "integer", nullable: false),
                    sender_address_id = table.Column<long>(type: "bigint", nullable: true),
                    weight_grams = table.Column<int>(type: "integer", nullable: false),
                    length_cm = table.Column<int>(type: "integer", nullable: true),
                    width_cm = table.Column<int>(type: "integer", nullable: true),
                    height_cm = table.Column<int>(type: "integer", nullable: true),
                    declared_value = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    contents_description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    customs_category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    undeliverable = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    freight = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    return_service_fee = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    charged = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    measured_weight_grams = table.Column<int>(type: "integer", nullable: true),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    received_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    shipping_notice_id = table.Column<long>(type: "bigint", nullable: true),
                    notice_filed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    label_print_count = table.Column<int>(type: "integer", nullable: false),
                    label_last_printed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancelled_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    recipient_city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recipient_country_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    recipient_line1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recipient_line2 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    recipient_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recipient_phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    recipient_postal_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    recipient_province = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    sender_city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    sender_country_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    sender_line1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sender_line2 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    sender_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    sender_phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    sender_postal_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    sender_province = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_logistics_orders", x => x.id);
                    table.CheckConstraint("ck_logistics_orders_money_not_negative", "freight >= 0 AND return_service_fee >= 0 AND declared_value >= 0 AND charged >= 0");
                    table.CheckConstraint("ck_logistics_orders_weight_positive", "weight_grams > 0");
                    table.ForeignKey(
                        name: "fk_logistics_orders_channels_channel_id",
                        column: x => x.channel_id,
                        principalTable: "logistics_channels",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_logistics_orders_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_logistics_orders_sender_addresses_sender_address_id",
                        column: x => x.sender_address_id,
                        principalTable: "sender_addresses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_logistics_orders_shipping_notices_shipping_notice_id",
                        column: x => x.shipping_notice_id,
                        principalTable: "shipping_notices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_logistics_orders_stores_store_id",
                        column: x => x.store_id,
                        principalTable: "stores",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_logistics_orders_warehouses_warehouse_id",
                        column: x => x.warehouse_id,
                        principalTable: "warehouses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "logistics_order_lines",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    logistics_order_id = table.Column<long>(type: "bigint", nullable: false),
                    store_id = table.Column<long>(type: "bigint", nullable: false),
                    order_line_id = table.Column<long>(type: "bigint", nullable: false),
                    sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    value = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    weight_grams = table.Column<int>(type: "integer", nullable: false),
                    hs_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    origin_country = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_logistics_order_lines", x => x.id);
                    table.CheckConstraint("ck_logistics_order_lines_quantity_positive", "quantity > 0");
                    table.CheckConstraint("ck_logistics_order_lines_value_not_negative", "value >= 0");
                    table.ForeignKey(
                        name: "fk_logistics_order_lines_logistics_orders_logistics_order_id",
                        column: x => x.logistics_order_id,
                        principalTable: "logistics_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_logistics_order_lines_order_lines_order_line_id",
                        column: x => x.order_line_id,
                        principalTable: "order_lines",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pickup_requests",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    store_id = table.Column<long>(type: "bigint", nullable: false),
                    logistics_order_id = table.Column<long>(type: "bigint", nullable: false),
                    warehouse_id = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    requested_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    rejection_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pickup_requests", x => x.id);
                    table.CheckConstraint("ck_pickup_requests_rejection_has_reason", "status <> 'Rejected' OR length(rejection_reason) > 0");
                    table.ForeignKey(
                        name: "fk_pickup_requests_logistics_orders_logistics_order_id",
                        column: x => x.logistics_order_id,
                        principalTable: "logistics_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_pickup_requests_stores_store_id",
                        column: x => x.store_id,
                        principalTable: "stores",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_pickup_requests_warehouses_warehouse_id",
                        column: x => x.warehouse_id,
                        principalTable: "warehouses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_role_claims_role_id",
                table: "AspNetRoleClaims",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_user_claims_user_id",
                table: "AspNetUserClaims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_user_logins_user_id",
                table: "AspNetUserLogins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_user_roles_role_id",
                table: "AspNetUserRoles",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_users_store_id",
                table: "AspNetUsers",
                column: "store_id");

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_users_warehouse_id",
                table: "AspNetUsers",
                column: "warehouse_id");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "normalized_user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_channel_rates_channel_id_country_code",
                table: "channel_rates",
                columns: new[] { "channel_id", "country_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_freight_ledger_entries_logistics_order_id",
                table: "freight_ledger_entries",
                column: "logistics_order_id");

            migrationBuilder.CreateIndex(
                name: "ix_freight_ledger_entries_store_id_id",
                table: "freight_ledger_entries",
                columns: new[] { "store_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_records_created_at",
                table: "idempotency_records",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_records_scope_key",
                table: "idempotency_records",
                columns: new[] { "scope", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_logistics_channels_code",
                table: "logistics_channels",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_logistics_order_lines_logistics_order_id",
                table: "logistics_order_lines",
                column: "logistics_order_id");

            migrationBuilder.CreateIndex(
                name: "ix_logistics_order_lines_order_line_id",
                table: "logistics_order_lines",
                column: "order_line_id");

            migrationBuilder.CreateIndex(
                name: "ix_logistics_order_lines_store_id",
                table: "logistics_order_lines",
                column: "store_id");

            migrationBuilder.CreateIndex(
                name: "ix_logistics_orders_channel_id",
                table: "logistics_orders",
                column: "channel_id");

            migrationBuilder.CreateIndex(
                name: "ix_logistics_orders_order_id",
                table: "logistics_orders",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_logistics_orders_sender_address_id",
                table: "logistics_orders",
                column: "sender_address_id");

            migrationBuilder.CreateIndex(
                name: "ix_logistics_orders_shipping_notice_id",
                table: "logistics_orders",
                column: "shipping_notice_id");

            migrationBuilder.CreateIndex(
                name: "ix_logistics_orders_store_id_id",
                table: "logistics_orders",
                columns: new[] { "store_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_logistics_orders_store_id_status_id",
                table: "logistics_orders",
                columns: new[] { "store_id", "status", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_logistics_orders_unprinted",
                table: "logistics_orders",
                columns: new[] { "store_id", "id" },
                filter: "label_print_count = 0");

            migrationBuilder.CreateIndex(
                name: "ix_logistics_orders_warehouse_id_status_received_at",
                table: "logistics_orders",
                columns: new[] { "warehouse_id", "status", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_logistics_orders_waybill_number",
                table: "logistics_orders",
                column: "waybill_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_order_lines_order_id_sku",
                table: "order_lines",
                columns: new[] { "order_id", "sku" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_order_lines_store_id",
                table: "order_lines",
                column: "store_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_buyer_name_trgm",
                table: "orders",
                column: "buyer_name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_orders_order_number_trgm",
                table: "orders",
                column: "order_number")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_orders_store_id_order_number",
                table: "orders",
                columns: new[] { "store_id", "order_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_orders_store_id_status_ship_by_id",
                table: "orders",
                columns: new[] { "store_id", "status", "ship_by", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_pickup_requests_logistics_order_id",
                table: "pickup_requests",
                column: "logistics_order_id");

            migrationBuilder.CreateIndex(
                name: "ix_pickup_requests_one_pending_per_parcel",
                table: "pickup_requests",
                column: "logistics_order_id",
                unique: true,
                filter: "status = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "ix_pickup_requests_store_id",
                table: "pickup_requests",
                column: "store_id");

            migrationBuilder.CreateIndex(
                name: "ix_pickup_requests_warehouse_id_status_requested_at",
                table: "pickup_requests",
                columns: new[] { "warehouse_id", "status", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_sender_addresses_one_default_per_store",
                table: "sender_addresses",
                column: "store_id",
                unique: true,
                filter: "is_default");

            migrationBuilder.CreateIndex(
                name: "ix_sender_addresses_store_id",
                table: "sender_addresses",
                column: "store_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipping_notices_order_id",
                table: "shipping_notices",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipping_notices_store_id",
                table: "shipping_notices",
                column: "store_id");

            migrationBuilder.CreateIndex(
                name: "ix_stores_name",
                table: "stores",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_timeline_events_logistics_order_id",
                table: "timeline_events",
                column: "logistics_order_id");

            migrationBuilder.CreateIndex(
                name: "ix_timeline_events_order_id_at",
                table: "timeline_events",
                columns: new[] { "order_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_timeline_events_store_id_at",
                table: "timeline_events",
                columns: new[] { "store_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_warehouses_code",
                table: "warehouses",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_warehouses_one_default_transit",
                table: "warehouses",
                column: "is_default_transit",
                unique: true,
                filter: "is_default_transit");
            // The ledger is append-only: entries are never edited or deleted, whatever the application does.
            migrationBuilder.Sql("""
                CREATE FUNCTION freight_ledger_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'freight ledger entries are append-only (% refused)', TG_OP USING ERRCODE = 'restrict_violation';
                END $$;
                CREATE TRIGGER freight_ledger_entries_append_only
                    BEFORE UPDATE OR DELETE ON freight_ledger_entries
                    FOR EACH ROW EXECUTE FUNCTION freight_ledger_entries_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS freight_ledger_entries_append_only ON freight_ledger_entries;
                DROP FUNCTION IF EXISTS freight_ledger_entries_append_only();
                """);

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "channel_rates");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "freight_accounts");

            migrationBuilder.DropTable(
                name: "freight_ledger_entries");

            migrationBuilder.DropTable(
                name: "idempotency_records");

            migrationBuilder.DropTable(
                name: "logistics_order_lines");

            migrationBuilder.DropTable(
                name: "pickup_requests");

            migrationBuilder.DropTable(
                name: "timeline_events");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "order_lines");

            migrationBuilder.DropTable(
                name: "logistics_orders");

            migrationBuilder.DropTable(
                name: "logistics_channels");

            migrationBuilder.DropTable(
                name: "sender_addresses");

            migrationBuilder.DropTable(
                name: "shipping_notices");

            migrationBuilder.DropTable(
                name: "warehouses");

            migrationBuilder.DropTable(
                name: "orders");

            migrationBuilder.DropTable(
                name: "stores");

            migrationBuilder.DropSequence(
                name: "waybill_serial");
        }
    }
}
