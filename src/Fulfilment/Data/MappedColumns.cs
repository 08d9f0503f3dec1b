using Microsoft.EntityFrameworkCore.Metadata;

namespace Fulfilment.Data;

/// <summary>
/// A mapped entity's table and columns as EF's model has them, for the plain-SQL reads and writes built from the model
/// (<see cref="PlainReads"/>, <see cref="PlainInserts"/>): both list the same columns in the same order.
/// </summary>
internal static class MappedColumns
{
    public static IEntityType EntityType(IModel model, Type type) =>
        model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not mapped.");

    /// <summary>The entity's table, quoted (with its schema when it has one).</summary>
    public static string Table(IEntityType entityType) =>
        entityType.GetSchema() is { } schema ? $"\"{schema}\".\"{entityType.GetTableName()}\"" : $"\"{entityType.GetTableName()}\"";

    /// <summary>Its own properties, then those of each complex property (with the complex property that holds them).</summary>
    public static IEnumerable<(IProperty Property, IComplexProperty? Container)> Of(IEntityType entityType) =>
        entityType.GetProperties().Select(p => (p, (IComplexProperty?)null))
            .Concat(entityType.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties().Select(p => (p, (IComplexProperty?)c))));

    /// <summary>Quoted column names, comma-separated.</summary>
    public static string List(IEnumerable<IProperty> properties) => string.Join(", ", properties.Select(p => $"\"{p.GetColumnName()}\""));
}
