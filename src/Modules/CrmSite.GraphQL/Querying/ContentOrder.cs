using System.Linq.Expressions;
using CrmSite.Content.Fields;
using CrmSite.Content.Store;

namespace CrmSite.GraphQL.Querying;

/// <summary>
/// Translates an <c>orderBy</c> argument (<c>{createdUtc: DESC}</c>, <c>{year: DESC, displayText: ASC}</c>, in
/// the order written) into SQL ordering; a field is sorted by its smallest indexed value.
/// Items without a value come last either way. Ties are broken by insertion order, so paging is stable.
/// </summary>
public sealed class ContentOrder(IQueryable<FieldIndexRecord> fieldIndex, string contentType)
{
    public IQueryable<ContentItemRecord> Apply(IQueryable<ContentItemRecord> query, OrderByInputMap map, IDictionary<string, object?>? orderBy)
    {
        var keys = new List<(LambdaExpression Key, bool Descending)>();
        if (orderBy is not null)
        {
            Collect(map, orderBy, keys);
        }
        IOrderedQueryable<ContentItemRecord>? ordered = null;
        foreach (var (key, descending) in keys.SelectMany(k => new[] { (NullsLast(k.Key), false), k }))
        {
            var method = (ordered is null, descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            var source = ordered ?? query;
            ordered = (IOrderedQueryable<ContentItemRecord>)source.Provider.CreateQuery<ContentItemRecord>(Expression.Call(typeof(Queryable), method,
                [typeof(ContentItemRecord), key.ReturnType], source.Expression, Expression.Quote(key)));
        }
        return ordered is null ? query.OrderBy(v => v.Id) : ordered.ThenBy(v => v.Id);
    }

    /// <summary>Items without a value come last in both directions, on every provider (SQLite and PostgreSQL disagree).</summary>
    private static LambdaExpression NullsLast(LambdaExpression key) =>
        Expression.Lambda(Expression.Condition(Expression.Equal(key.Body, Expression.Constant(null, key.ReturnType)),
            Expression.Constant(1), Expression.Constant(0)), key.Parameters);

    private void Collect(OrderByInputMap map, IDictionary<string, object?> orderBy, List<(LambdaExpression, bool)> keys)
    {
        foreach (var (name, value) in orderBy)
        {
            switch (map.Find(name))
            {
                case FilterTarget target when value is OrderDirection direction:
                    keys.Add((Key(target), direction == OrderDirection.Desc));
                    break;
                case OrderByInputMap nested when value is IDictionary<string, object?> inner:
                    Collect(nested, inner, keys);
                    break;
            }
        }
    }

    private LambdaExpression Key(FilterTarget target)
    {
        var version = Expression.Parameter(typeof(ContentItemRecord), "v");
        if (target is ColumnTarget column)
        {
            return Expression.Lambda(Expression.Property(version, column.Column), version);
        }
        var index = (IndexTarget)target;
        var row = Expression.Parameter(typeof(FieldIndexRecord), "f");
        var match = Expression.AndAlso(
            Expression.Equal(Expression.Property(row, nameof(FieldIndexRecord.ContentItemVersionId)), Expression.Property(version, nameof(ContentItemRecord.ContentItemVersionId))),
            Expression.AndAlso(
                Expression.Equal(Expression.Property(row, nameof(FieldIndexRecord.ContentType)), Expression.Constant(contentType)),
                Expression.AndAlso(
                    Expression.Equal(Expression.Property(row, nameof(FieldIndexRecord.PartName)), Expression.Constant(index.PartName)),
                    Expression.Equal(Expression.Property(row, nameof(FieldIndexRecord.FieldName)), Expression.Constant(index.FieldName)))));
        Expression value = Expression.Property(row, ContentFilter.ValueColumn(index.Kind));
        if (index.Kind == FieldValueKind.Number)
        {
            value = Expression.Convert(value, typeof(double?)); // SQLite sorts decimals, stored as text, only as numbers
        }
        else if (index.Kind == FieldValueKind.Boolean)
        {
            value = Expression.Convert(value, typeof(int?));
        }
        var where = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(FieldIndexRecord)], fieldIndex.Expression,
            Expression.Quote(Expression.Lambda<Func<FieldIndexRecord, bool>>(match, row)));
        var select = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(FieldIndexRecord), value.Type], where,
            Expression.Quote(Expression.Lambda(value, row)));
        var min = Expression.Call(typeof(Queryable), nameof(Queryable.Min), [value.Type], select);
        return Expression.Lambda(min, version);
    }
}

/// <summary>Orchard's order directions.</summary>
public enum OrderDirection
{
    Asc,
    Desc,
}
