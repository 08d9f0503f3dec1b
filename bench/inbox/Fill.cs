using System.Globalization;

/// <summary>
/// The data: 50 stores; store 1 (the one measured) has half of all orders, as a big seller would: mostly shipped
/// history, a few percent open. Buyers come from 60 × 60 first and last names; 1–3 lines per order.
/// </summary>
internal static class Fill
{
    public static string Sql(int orders) => string.Format(CultureInfo.InvariantCulture, """
        INSERT INTO stores (name, created_at) SELECT 'Bench store ' || s, now() FROM generate_series(1, 50) s;
        INSERT INTO logistics_channels (code, name, carrier, service_indicator, origin_country, active, max_weight_grams, goods_types, return_service_fee, updated_at)
        VALUES ('CAINIAO_STANDARD', 'Cainiao Standard Shipping', 'Cainiao', 'LP', 'CN', true, 2000, '{{General}}', 5, now()),
               ('CAINIAO_ECONOMY', 'Cainiao Super Economy', 'Cainiao', 'LE', 'CN', true, 2000, '{{General}}', 5, now()),
               ('CHINA_POST_REG', 'China Post Registered Air Mail', 'China Post', 'RR', 'CN', true, 2000, '{{General}}', 5, now()),
               ('YANWEN_SPECIAL', 'Yanwen Special Line', 'Yanwen', 'YW', 'CN', true, 2000, '{{General}}', 5, now());

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
          CASE WHEN i % 2 = 0 THEN 1 ELSE 2 + (i % 49) END,
          (1000000000 + i)::text,
          n.first[1 + (hashint4(i) & 2147483647) % 60] || ' ' || n.last[1 + (hashint4(i + 7) & 2147483647) % 60],
          (ARRAY['CAINIAO_STANDARD','CAINIAO_ECONOMY','CHINA_POST_REG','YANWEN_SPECIAL'])[1 + i % 4],
          now() - make_interval(days => (i % 400) + 2),
          now() + make_interval(hours => ((hashint4(i + 3) & 2147483647) % 400) - 100) - make_interval(days => CASE WHEN i % 100 < 90 THEN (i % 400) ELSE 0 END),
          CASE WHEN i % 100 < 90 THEN 'Shipped' WHEN i % 100 < 92 THEN 'PartiallyShipped' ELSE 'AwaitingShipment' END,
          now(), now(),
          'Recipient ' || i, '+1 415 555 0134', (ARRAY['US','GB','DE','FR','ES','IT','RU','JP','KR','BR','AU','CA'])[1 + i % 12], '', 'City ' || (i % 500), '10001', 'Street ' || i
        FROM generate_series(1, {0}) i, names n;

        INSERT INTO order_lines (order_id, store_id, sku, title, quantity, shipped_quantity, unit_price, weight_grams)
        SELECT o.id, o.store_id, 'SKU-' || k, 'Product ' || k, 1 + (o.id + k) % 3, 0, 9.90, 120
        FROM orders o, generate_series(1, 3) k
        WHERE k <= 1 + o.id % 3;
        """, orders);
}
