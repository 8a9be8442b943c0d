using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CrmSite.Content.Store;

/// <summary>
/// Inserts rows of one entity type with a prepared command that is reused for every row of the current
/// transaction. The SQL, parameter types and value conversions come from the EF model, so both providers get
/// exactly what EF itself would write, without its per-row change-tracking cost.
/// </summary>
internal sealed class RowInserter<TEntity>(CrmSiteDbContext db) : IDisposable where TEntity : class
{
    private IProperty[] _columns = [];

    private DbCommand? _command;
    private DbTransaction? _transaction;

    public async Task InsertAsync(TEntity row, CancellationToken cancellationToken)
    {
        var command = await CommandAsync(cancellationToken);
        for (var i = 0; i < _columns.Length; i++)
        {
            var value = _columns[i].PropertyInfo!.GetValue(row);
            var converter = _columns[i].GetTypeMapping().Converter;
            command.Parameters[i].Value = (value is null ? null : converter?.ConvertToProvider(value) ?? value) ?? DBNull.Value;
        }
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public void Dispose() => _command?.Dispose();

    private async Task<DbCommand> CommandAsync(CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows are inserted inside a store transaction only.");
        if (_command is not null && ReferenceEquals(transaction, _transaction))
        {
            return _command;
        }
        _command?.Dispose();
        var sql = db.GetService<ISqlGenerationHelper>();
        var entity = db.Model.FindEntityType(typeof(TEntity))!;
        _columns = [.. entity.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated != ValueGenerated.Never))];
        var table = sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", _columns.Select(c => sql.DelimitIdentifier(c.GetColumnName())))}) " +
            $"VALUES ({string.Join(", ", _columns.Select((_, i) => "@p" + i))})";
        for (var i = 0; i < _columns.Length; i++)
        {
            command.Parameters.Add(_columns[i].GetRelationalTypeMapping().CreateParameter(command, "@p" + i, null, _columns[i].IsNullable));
        }
        await command.PrepareAsync(cancellationToken);
        (_command, _transaction) = (command, transaction);
        return command;
    }
}
