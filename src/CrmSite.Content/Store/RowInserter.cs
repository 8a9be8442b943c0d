using System.Data.Common;
using System.Linq.Expressions;
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
    private Func<TEntity, object?>[] _values = [];

    private DbCommand? _command;
    private DbTransaction? _transaction;

    public async Task InsertAsync(TEntity row, CancellationToken cancellationToken)
    {
        var command = await CommandAsync(cancellationToken);
        for (var i = 0; i < _values.Length; i++)
        {
            command.Parameters[i].Value = _values[i](row) ?? DBNull.Value;
        }
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public void Dispose() => _command?.Dispose();

    /// <summary>A compiled reader of one column's provider value (after EF's value converter, if any).</summary>
    private static Func<TEntity, object?> ValueOf(IProperty column)
    {
        var row = Expression.Parameter(typeof(TEntity), "row");
        var read = Expression.Lambda<Func<TEntity, object?>>(
            Expression.Convert(Expression.Property(row, column.PropertyInfo!), typeof(object)), row).Compile();
        var converter = column.GetTypeMapping().Converter;
        return converter is null ? read : entity => read(entity) is { } value ? converter.ConvertToProvider(value) : null;
    }

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
        _values = [.. _columns.Select(ValueOf)];
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
