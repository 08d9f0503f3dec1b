-- The inbox benchmark's data (bench/inbox/Fill.cs), put into the running app's database: {orders} orders, half of
-- them in the demo seller's store {store} (mostly shipped history, 8 % open), the rest spread over 49 other stores;
-- 1–3 lines each; buyers from 60 × 60 names; a parcel for each shipped order of the seller. The demo's channels are used as they are.
BEGIN;
CREATE TEMP TABLE bench_stores AS
  WITH s AS (INSERT INTO stores (name, created_at) SELECT 'Bench store ' || s, now() FROM generate_series(1, 49) s RETURNING id)
  SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM s;
CREATE TEMP TABLE names AS SELECT
  ARRAY['Emily','Michael','Oliver','Lena','Camille','Lucia','Giulia','Ivan','Anna','Taro','Minjun','Mateus','Charlotte','Liam','Sanne',
        'Zofia','Wei','Giorgos','Sophie','James','Olivia','Noah','Emma','Lucas','Mia','Ethan','Ava','Mason','Isabella','Logan',
        'Amelia','Elijah','Harper','Aiden','Evelyn','Jacob','Abigail','Daniel','Ella','Henry','Scarlett','Jack','Grace','Owen','Chloe',
        'Samuel','Lily','Leo','Aria','Julian','Zoe','Hugo','Nora','Felix','Hannah','Max','Clara','Theo','Ines','Paul'] AS first,
  ARRAY['Johnson','Brown','Smith','Schmidt','Dubois','Garcia','Rossi','Petrov','Smirnova','Yamada','Kim','Oliveira','Wilson','Tremblay',
        'de Vries','Kowalska','Zhang','Papadopoulos','Martin','Bernard','Miller','Davis','Lopez','Gonzalez','Anderson','Thomas','Taylor',
        'Moore','Jackson','White','Harris','Clark','Lewis','Robinson','Walker','Young','Allen','King','Wright','Scott','Torres','Nguyen',
        'Hill','Flores','Green','Adams','Nelson','Baker','Hall','Rivera','Campbell','Mitchell','Carter','Roberts','Muller','Fischer',
        'Weber','Meyer','Wagner','Becker'] AS last;

INSERT INTO orders (store_id, order_number, buyer_name, buyer_channel_code, placed_at, ship_by, status, created_at, updated_at,
                    recipient_name, recipient_phone, recipient_country_code, recipient_province, recipient_city,
                    recipient_postal_code, recipient_line1)
SELECT
  CASE WHEN i % 2 = 0 THEN {store} ELSE (SELECT id FROM bench_stores WHERE n = i % 49) END,
  (1000000000 + i)::text,
  n.first[1 + (hashint4(i) & 2147483647) % 60] || ' ' || n.last[1 + (hashint4(i + 7) & 2147483647) % 60],
  (ARRAY['CAINIAO_STANDARD','CAINIAO_ECONOMY','CAINIAO_STANDARD','CAINIAO_ECONOMY'])[1 + i % 4],
  now() - make_interval(days => (i % 400) + 2),
  now() + make_interval(hours => ((hashint4(i + 3) & 2147483647) % 400) - 100) - make_interval(days => CASE WHEN i % 100 < 90 THEN (i % 400) ELSE 0 END),
  CASE WHEN i % 100 < 90 THEN 'Shipped' WHEN i % 100 < 92 THEN 'PartiallyShipped' ELSE 'AwaitingShipment' END,
  now(), now(),
  'Recipient ' || i, '+1 415 555 0134', (ARRAY['US','GB','DE','FR','ES','IT','RU','JP','KR','BR','AU','CA'])[1 + i % 12], '', 'City ' || (i % 500), '10001', 'Street ' || i
FROM generate_series(1, {orders}) i, names n;

INSERT INTO order_lines (order_id, store_id, sku, title, quantity, shipped_quantity, unit_price, weight_grams)
SELECT o.id, o.store_id, 'SKU-' || k, 'Product ' || k, 1 + (o.id + k) % 3, 0, 9.90, 120
FROM orders o, generate_series(1, 3) k
WHERE k <= 1 + o.id % 3 AND o.order_number LIKE '1%' AND length(o.order_number) = 10;

-- The seller's shipped history has its parcels (one per shipped or partly shipped order, received at the warehouse, no
-- notice yet): a store with a long history has hundreds of thousands, and the inbox asks about each listed order's.
INSERT INTO logistics_orders (id, agreement_accepted_at, agreement_version, channel_code, channel_id, charged, contents_description,
    created_at, created_by, customs_category, declared_value, freight, goods_type, handover_mode, height_cm, label_print_count,
    label_last_printed_at, length_cm, measured_weight_grams, order_id, order_number, received_at, received_by, return_service_fee, sender_address_id, status, store_id,
    undeliverable, updated_at, warehouse_id, waybill_number, weight_grams, width_cm, recipient_city, recipient_country_code,
    recipient_line1, recipient_line2, recipient_name, recipient_phone, recipient_postal_code, recipient_province, sender_city,
    sender_country_code, sender_line1, sender_line2, sender_name, sender_phone, sender_postal_code, sender_province)
SELECT nextval('logistics_orders_id_seq'), o.placed_at, '2026-12-01', c.code, c.id, 51.50, 'Goods', o.placed_at, 'seller@demo.test',
    'SaleOfGoods', 12.50, 46.50, 'General', 'DoorPickup', 5, 1,
    o.placed_at + interval '2 hours', 20, 300, o.id, o.order_number, o.placed_at + interval '1 day', 'clerk@demo.test',
    5.00, s.id, 'ReceivedAtWarehouse', o.store_id, 'Return', now(), w.id, 'HB' || lpad(o.id::text, 9, '0') || 'CN', 300, 15,
    o.recipient_city, o.recipient_country_code, o.recipient_line1, NULL, o.recipient_name, o.recipient_phone, o.recipient_postal_code,
    o.recipient_province, s.address_city, s.address_country_code, s.address_line1, s.address_line2, s.address_name, s.address_phone,
    s.address_postal_code, s.address_province
FROM orders o
CROSS JOIN (SELECT id, code FROM logistics_channels WHERE code = 'CAINIAO_STANDARD') c
CROSS JOIN (SELECT * FROM sender_addresses WHERE store_id = {store} ORDER BY is_default DESC, id LIMIT 1) s
CROSS JOIN (SELECT id FROM warehouses ORDER BY id LIMIT 1) w
WHERE o.store_id = {store} AND o.status IN ('Shipped', 'PartiallyShipped') AND o.order_number LIKE '1%' AND length(o.order_number) = 10;
COMMIT;
VACUUM ANALYZE;
