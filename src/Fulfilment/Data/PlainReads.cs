using System.Collections.Concurrent;
using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Fulfilment.Data;

/// <summary>
/// Rows of a mapped entity read with plain SQL, for a hot step that sends its queries itself (several in one batch):
/// the select list and the materialisation come from EF's own model (columns, complex properties, value converters),
/// so the mapping keeps one home, and EF's query pipeline (translation cache, shaper, tracking) is skipped. The rows
/// are not tracked.
/// </summary>
public static class PlainReads
{
    private static readonly ConcurrentDictionary<(IModel Model, Type Type), Shape> Shapes = new();
    private static readonly MethodInfo ReadBoxed = typeof(PlainReads).GetMethod(nameof(Boxed), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The entity's table, quoted.</summary>
    public static string Table<T>(this FulfilmentDbContext db) => ShapeOf<T>(db).Table;

    /// <summary>The select list of every mapped column of the entity, in the order <see cref="Read{T}"/> reads them.</summary>
    public static string Columns<T>(this FulfilmentDbContext db) => ShapeOf<T>(db).SelectList;

    /// <summary>The entity in the reader's current row, from the columns <see cref="Columns{T}"/> listed.</summary>
    public static T Read<T>(this FulfilmentDbContext db, DbDataReader reader)
        where T : class
    {
        var shape = ShapeOf<T>(db);
        var entity = (T)shape.Create();
        for (var i = 0; i < shape.Columns.Length; i++)
        {
            var column = shape.Columns[i];
            column.Set(entity, reader.IsDBNull(i) ? null : column.Read(reader, i));
        }

        return entity;
    }

    private static object? Boxed<TValue>(DbDataReader reader, int ordinal) => reader.GetFieldValue<TValue>(ordinal);

    private static Shape ShapeOf<T>(FulfilmentDbContext db) =>
        Shapes.GetOrAdd((db.Model, typeof(T)), static k => Shape.Of(MappedColumns.EntityType(k.Model, k.Type)));

    private sealed record Column(Func<DbDataReader, int, object?> Read, Action<object, object?> Set);

    private sealed record Shape(string Table, string SelectList, Func<object> Create, Column[] Columns)
    {
        public static Shape Of(IEntityType entityType)
        {
            var columns = MappedColumns.Of(entityType).ToList();
            var type = entityType.ClrType;
            return new Shape(
                MappedColumns.Table(entityType),
                MappedColumns.List(columns.Select(c => c.Property)),
                () => Activator.CreateInstance(type, nonPublic: true)!,
                [.. columns.Select(c => ColumnOf(c.Property, c.Container))]);
        }

        private static Column ColumnOf(IProperty property, IComplexProperty? container)
        {
            var converter = property.GetValueConverter() ?? property.GetTypeMapping().Converter;
            var providerType = converter?.ProviderClrType ?? property.ClrType;
            var read = ReadBoxed.MakeGenericMethod(Nullable.GetUnderlyingType(providerType) ?? providerType)
                .CreateDelegate<Func<DbDataReader, int, object?>>();
            Func<DbDataReader, int, object?> value = converter is null ? read : (r, i) => converter.ConvertFromProvider(read(r, i));
            return new Column(value, SetterOf(property, container));
        }

        /// <summary>
        /// Sets the property on the entity (on the entity's instance of the complex type for a complex property's column),
        /// through its setter, private or init-only as it may be, else its backing field.
        /// </summary>
        private static Action<object, object?> SetterOf(IProperty property, IComplexProperty? container)
        {
            var entity = Expression.Parameter(typeof(object), "entity");
            var value = Expression.Parameter(typeof(object), "value");
            Expression target = Expression.Convert(entity, container?.DeclaringType.ClrType ?? property.DeclaringType.ClrType);
            if (container is not null)
            {
                target = Expression.Property(target, container.PropertyInfo ?? throw new InvalidOperationException($"{container.Name} has no CLR property."));
            }

            if (property.PropertyInfo is { SetMethod: not null } clrProperty)
            {
                var assign = Expression.Assign(Expression.Property(target, clrProperty), Expression.Convert(value, clrProperty.PropertyType));
                return Expression.Lambda<Action<object, object?>>(assign, entity, value).Compile();
            }

            var field = property.FieldInfo ?? throw new InvalidOperationException($"{property.Name} has neither a setter nor a backing field.");
            var owner = Expression.Lambda<Func<object, object>>(Expression.Convert(target, typeof(object)), entity).Compile();
            return (e, v) => field.SetValue(owner(e), v);
        }
    }
}
