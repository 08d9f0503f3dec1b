using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Fulfilment.Data;

/// <summary>
/// INSERT statements for new rows of a mapped entity, written from EF's own model (table, columns, complex properties,
/// value converters and column types), for a step that sends its writes in one batch with COMMIT
/// (<see cref="UnitOfWork.AtCommit"/>) instead of saving tracked entities: the mapping keeps one home, the model, and
/// the step skips change tracking and the update pipeline (about a third of a parcel's CPU in the app).
/// Columns the database generates (an identity left at its default, the row version) are left out; an entity with
/// another database default is refused (EF's rule for when to send such a value is not repeated here).
/// </summary>
public static class PlainInserts
{
    private static readonly ConcurrentDictionary<(IModel Model, Type Type, bool WithKey), Shape> Shapes = new();

    // EF's type mappings create their parameters from a command (an NpgsqlCommand makes a new NpgsqlParameter each time).
    private static readonly NpgsqlCommand ParameterSource = new();

    /// <summary>One statement inserting <paramref name="rows"/> (at least one) in their order.</summary>
    public static NpgsqlBatchCommand Insert<T>(this FulfilmentDbContext db, IReadOnlyList<T> rows)
        where T : class
    {
        ArgumentOutOfRangeException.ThrowIfZero(rows.Count);
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var key = entityType.FindPrimaryKey()!.Properties[0];
        var withKey = !Equals(key.GetGetter().GetClrValue(rows[0]), key.Sentinel ?? Activator.CreateInstance(key.ClrType));
        var shape = Shapes.GetOrAdd((db.Model, typeof(T), withKey), static k => Shape.Of(k.Model.FindEntityType(k.Type)!, k.WithKey));

        var command = new NpgsqlBatchCommand(shape.Sql(rows.Count));
        foreach (var row in rows)
        {
            foreach (var column in shape.Columns)
            {
                var parameter = column.Mapping.CreateParameter(ParameterSource, "", column.Value(row), column.Nullable);
                parameter.ParameterName = "";
                command.Parameters.Add((NpgsqlParameter)parameter);
            }
        }

        return command;
    }

    private sealed record Column(RelationalTypeMapping Mapping, Func<object, object?> Value, bool Nullable);

    private sealed record Shape(string Prefix, Column[] Columns)
    {
        private readonly ConcurrentDictionary<int, string> _sql = new();

        /// <summary>The statement for <paramref name="rows"/> rows, written once per row count.</summary>
        public string Sql(int rows) => _sql.GetOrAdd(rows, n =>
        {
            var sql = new StringBuilder(Prefix);
            var parameter = 0;
            for (var r = 0; r < n; r++)
            {
                sql.Append(r == 0 ? "(" : "), (");
                for (var c = 0; c < Columns.Length; c++)
                {
                    sql.Append(c == 0 ? "$" : ", $").Append(++parameter);
                }
            }

            return sql.Append(')').ToString();
        });

        public static Shape Of(IEntityType entityType, bool withKey)
        {
            var columns = new List<(string Name, Column Column)>();
            foreach (var property in entityType.GetProperties())
            {
                if (property.ValueGenerated != ValueGenerated.Never)
                {
                    // The row version, or an identity left to the database.
                    if (property.IsConcurrencyToken || (property.IsPrimaryKey() && !withKey))
                    {
                        continue;
                    }

                    // A database default is EF's to apply (when the value is the CLR default): not repeated here.
                    if (!property.IsPrimaryKey())
                    {
                        throw new NotSupportedException($"{entityType.DisplayName()}.{property.Name} has a database default; insert it through EF.");
                    }
                }

                var getter = property.GetGetter();
                columns.Add((property.GetColumnName(), new Column(property.GetRelationalTypeMapping(), getter.GetClrValue, property.IsNullable)));
            }

            foreach (var complex in entityType.GetComplexProperties())
            {
                foreach (var property in complex.ComplexType.GetProperties())
                {
                    var getter = property.GetGetter();
                    columns.Add((property.GetColumnName(), new Column(property.GetRelationalTypeMapping(), getter.GetClrValueUsingContainingEntity, property.IsNullable)));
                }
            }

            var table = entityType.GetSchema() is { } schema ? $"\"{schema}\".\"{entityType.GetTableName()}\"" : $"\"{entityType.GetTableName()}\"";
            var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
            return new Shape($"INSERT INTO {table} ({names}) VALUES ", [.. columns.Select(c => c.Column)]);
        }
    }
}
