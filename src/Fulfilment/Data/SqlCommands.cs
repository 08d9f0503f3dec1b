using Microsoft.EntityFrameworkCore.Storage;

namespace Fulfilment.Data;

/// <summary>Plain SQL on the context's connection and current transaction, for atomic conditional updates EF cannot express.</summary>
internal static class SqlCommands
{
    public static async Task<T?> ScalarAsync<T>(this FulfilmentDbContext db, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await db.Database.OpenConnectionAsync(ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        var result = await command.ExecuteScalarAsync(ct);
        return result is null or DBNull ? default : (T)result;
    }
}
