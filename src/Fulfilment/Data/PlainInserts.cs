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
    private static readonly ConcurrentDictionary<(IModel Model, Type Type), Mapping> Mappings = new();

    // EF's type mappings create their parameters from a command (an NpgsqlCommand makes a new NpgsqlParameter each time).
    private static readonly NpgsqlCommand ParameterSource = new();

    /// <summary>One statement inserting <paramref name="rows"/> (at least one) in their order.</summary>
    public static NpgsqlBatchCommand Insert<T>(this FulfilmentDbContext db, IReadOnlyList<T> rows)
        where T : class
    {
        ArgumentOutOfRangeException.ThrowIfZero(rows.Count);
        var shape = Mappings.GetOrAdd((db.Model, typeof(T)), static k => new Mapping(MappedColumns.EntityType(k.Model, k.Type))).ShapeFor(rows[0]);
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

    /// <summary>An entity's two statement shapes: with its key (the app chose it, e.g. from <see cref="IdBlocks"/>) or without.</summary>
    private sealed class Mapping(IEntityType entityType)
    {
        private readonly IProperty _key = entityType.FindPrimaryKey()!.Properties[0];
        private readonly object? _unsetKey = Unset(entityType.FindPrimaryKey()!.Properties[0]);

        private Shape? _withKey;
        private Shape? _withoutKey;

        /// <summary>The shape for rows like <paramref name="first"/> (all rows of one statement set their key, or none does).</summary>
        public Shape ShapeFor(object first) => Equals(_key.GetGetter().GetClrValue(first), _unsetKey)
            ? _withoutKey ??= Shape.Of(entityType, withKey: false)
            : _withKey ??= Shape.Of(entityType, withKey: true);

        private static object? Unset(IProperty key) => key.Sentinel ?? (key.ClrType.IsValueType ? Activator.CreateInstance(key.ClrType) : null);
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
            var properties = MappedColumns.Of(entityType).Select(c => c.Property).Where(p => Inserted(entityType, p, withKey)).ToList();
            return new Shape(
                $"INSERT INTO {MappedColumns.Table(entityType)} ({MappedColumns.List(properties)}) VALUES ",
                [.. properties.Select(p => new Column(p.GetRelationalTypeMapping(), p.GetGetter().GetClrValueUsingContainingEntity, p.IsNullable))]);
        }

        private static bool Inserted(IEntityType entityType, IProperty property, bool withKey)
        {
            if (property.ValueGenerated == ValueGenerated.Never)
            {
                return true;
            }

            // The row version, or an identity left to the database.
            if (property.IsConcurrencyToken || (property.IsPrimaryKey() && !withKey))
            {
                return false;
            }

            // A database default is EF's to apply (when the value is the CLR default): not repeated here.
            if (!property.IsPrimaryKey())
            {
                throw new NotSupportedException($"{entityType.DisplayName()}.{property.Name} has a database default; insert it through EF.");
            }

            return true;
        }
    }
}
