using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using CrmSite.Content.Fields;
using CrmSite.Content.Store;

namespace CrmSite.GraphQL.Querying;

/// <summary>
/// Translates a <c>where</c> argument into one SQL predicate on item versions: columns are compared directly,
/// field values through <c>EXISTS</c> on the field index (a negated operator is a <c>NOT EXISTS</c>, so items
/// without the field match it). The fields of an input object are combined with AND; the fields of an object
/// under <c>OR</c> are alternatives (Orchard's reading: <c>OR: {a: 1, b: 2}</c> is a or b), and <c>NOT</c>
/// negates the conjunction of its objects. Values reach SQL as parameters.
/// </summary>
public sealed class ContentFilter(IQueryable<FieldIndexRecord> fieldIndex, string contentType)
{
    private static readonly ParameterExpression Version = Expression.Parameter(typeof(ContentItemRecord), "v");
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo StringEndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;
    private static readonly MethodInfo StringSubstring = typeof(string).GetMethod(nameof(string.Substring), [typeof(int), typeof(int)])!;

    /// <summary>The predicate for <paramref name="where"/>, or null when it filters nothing.</summary>
    public Expression<Func<ContentItemRecord, bool>>? Build(WhereInputMap map, IDictionary<string, object?>? where)
    {
        var body = where is null ? null : Object(map, where, or: false, binding: null);
        return body is null ? null : Expression.Lambda<Func<ContentItemRecord, bool>>(body, Version);
    }

    private Expression? Object(WhereInputMap map, IDictionary<string, object?> where, bool or, (string Part, string Field)? binding)
    {
        Expression? result = null;
        foreach (var (name, value) in where)
        {
            var part = map.Find(name) switch
            {
                ComparisonEntry comparison => Comparison(Bind(comparison.Target, binding), comparison.Operator, value),
                NestedEntry nested when value is IDictionary<string, object?> inner => Object(nested.Map, inner, or: false,
                    nested.BoundPart is { } boundPart ? (boundPart, nested.BoundField!) : binding),
                LogicalEntry logical => Logical(map, logical.Operator, value, binding),
                _ => null,
            };
            if (part is not null)
            {
                result = result is null ? part : or ? Expression.OrElse(result, part) : Expression.AndAlso(result, part);
            }
        }
        return result;
    }

    private static FilterTarget Bind(FilterTarget target, (string Part, string Field)? binding) =>
        target is BoundFieldTarget bound && binding is { } field ? new IndexTarget(field.Part, field.Field, bound.Kind) : target;

    private Expression? Logical(WhereInputMap map, LogicalOperator op, object? value, (string Part, string Field)? binding)
    {
        var objects = Objects(value).ToList();
        Expression? result = null;
        foreach (var obj in objects)
        {
            var part = Object(map, obj, or: op == LogicalOperator.Or, binding);
            if (part is not null)
            {
                result = result is null ? part : op == LogicalOperator.Or ? Expression.OrElse(result, part) : Expression.AndAlso(result, part);
            }
        }
        return op == LogicalOperator.Not && result is not null ? Expression.Not(result) : result;
    }

    private static IEnumerable<IDictionary<string, object?>> Objects(object? value) => value switch
    {
        IDictionary<string, object?> single => [single],
        IEnumerable list => list.OfType<IDictionary<string, object?>>(),
        _ => [],
    };

    private Expression Comparison(FilterTarget target, FilterOperator op, object? value)
    {
        var negated = FilterOperators.IsNegated(op);
        var positive = FilterOperators.Positive(op);
        switch (target)
        {
            case ColumnTarget column:
            {
                var member = Expression.Property(Version, column.Column);
                var test = Compare(member, column.Kind, positive, value);
                return negated ? Expression.Not(test) : test;
            }
            case IndexTarget index:
            {
                // Null asks whether the field has a value at all: "year: null" holds for items without one.
                var exists = Exists(index, value is null ? null : (row => Compare(Expression.Property(row, ValueColumn(index.Kind)), index.Kind, positive, value)));
                return value is null ? (negated ? exists : Expression.Not(exists)) : negated ? Expression.Not(exists) : exists;
            }
            default:
                throw new InvalidOperationException($"Unknown filter target {target}.");
        }
    }

    /// <summary><c>EXISTS (SELECT 1 FROM FieldIndex f WHERE f.version = v.version AND f.part/field = ... AND test(f))</c>.</summary>
    private MethodCallExpression Exists(IndexTarget target, Func<ParameterExpression, Expression>? test)
    {
        var row = Expression.Parameter(typeof(FieldIndexRecord), "f");
        Expression body = Expression.AndAlso(
            Expression.Equal(Expression.Property(row, nameof(FieldIndexRecord.ContentItemVersionId)), Expression.Property(Version, nameof(ContentItemRecord.ContentItemVersionId))),
            Expression.AndAlso(
                Expression.Equal(Expression.Property(row, nameof(FieldIndexRecord.ContentType)), Parameter(contentType, typeof(string))),
                Expression.AndAlso(
                    Expression.Equal(Expression.Property(row, nameof(FieldIndexRecord.PartName)), Parameter(target.PartName, typeof(string))),
                    Expression.Equal(Expression.Property(row, nameof(FieldIndexRecord.FieldName)), Parameter(target.FieldName, typeof(string))))));
        if (test is not null)
        {
            body = Expression.AndAlso(body, test(row));
        }
        return Expression.Call(typeof(Queryable), nameof(Queryable.Any), [typeof(FieldIndexRecord)], fieldIndex.Expression,
            Expression.Quote(Expression.Lambda<Func<FieldIndexRecord, bool>>(body, row)));
    }

    /// <summary>The field-index column holding values of <paramref name="kind"/>.</summary>
    public static string ValueColumn(FieldValueKind kind) => kind switch
    {
        FieldValueKind.Number => nameof(FieldIndexRecord.Number),
        FieldValueKind.Date => nameof(FieldIndexRecord.Date),
        FieldValueKind.Boolean => nameof(FieldIndexRecord.Boolean),
        _ => nameof(FieldIndexRecord.Text),
    };

    private static Expression Compare(Expression member, FieldValueKind kind, FilterOperator op, object? value)
    {
        var type = member.Type;
        if (op is FilterOperator.In)
        {
            var list = ListOf(type, value, kind);
            return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [type], Parameter(list, list.GetType()), member);
        }
        var operand = Parameter(Convert(value, kind), type);
        if (type == typeof(string))
        {
            return op switch
            {
                FilterOperator.Equals => Expression.Equal(member, operand),
                FilterOperator.Contains => Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, type)), Expression.Call(member, StringContains, operand)),
                FilterOperator.StartsWith => Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, type)), Expression.AndAlso(
                    Expression.Call(member, StringStartsWith, operand), Expression.Equal(Piece(member, Expression.Constant(0), operand), operand))),
                FilterOperator.EndsWith => Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, type)), Expression.AndAlso(
                    Expression.Call(member, StringEndsWith, operand), Expression.Equal(Piece(member, Expression.Subtract(Length(member), Length(operand)), operand), operand))),
                _ => Ordered(Expression.Call(StringCompare, member, operand), Expression.Constant(0), op),
            };
        }
        return op == FilterOperator.Equals ? Expression.Equal(member, operand) : Ordered(member, operand, op);
    }

    // SQLite's LIKE, which EF uses for StartsWith and EndsWith, ignores the case of ASCII letters while PostgreSQL's does
    // not: comparing the piece as well makes both stores exact, as equality and _contains already are.
    private static MethodCallExpression Piece(Expression text, Expression start, Expression operand) =>
        Expression.Call(text, StringSubstring, start, Length(operand));

    private static MemberExpression Length(Expression text) => Expression.Property(text, nameof(string.Length));

    private static BinaryExpression Ordered(Expression left, Expression right, FilterOperator op) => op switch
    {
        FilterOperator.GreaterThan => Expression.GreaterThan(left, right),
        FilterOperator.GreaterThanOrEqual => Expression.GreaterThanOrEqual(left, right),
        FilterOperator.LessThan => Expression.LessThan(left, right),
        FilterOperator.LessThanOrEqual => Expression.LessThanOrEqual(left, right),
        _ => Expression.Equal(left, right),
    };

    /// <summary>A value EF sends as a parameter (a member of a constant object, as a closure would be).</summary>
    private static MemberExpression Parameter(object? value, Type type)
    {
        var box = Activator.CreateInstance(typeof(ValueBox<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(box), nameof(ValueBox<object>.Value));
    }

    private static IList ListOf(Type elementType, object? value, FieldValueKind kind)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
        if (value is IEnumerable values and not string)
        {
            foreach (var item in values)
            {
                list.Add(Convert(item, kind));
            }
        }
        return list;
    }

    /// <summary>An argument value as the field index stores it (dates as UTC <see cref="DateTime"/>, numbers as decimal).</summary>
    private static object? Convert(object? value, FieldValueKind kind) => (value, kind) switch
    {
        (null, _) => null,
        (DateOnly date, _) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        (DateTime dateTime, _) => dateTime.Kind == DateTimeKind.Local ? dateTime.ToUniversalTime() : DateTime.SpecifyKind(dateTime, DateTimeKind.Utc),
        (DateTimeOffset offset, _) => offset.UtcDateTime,
        (int number, FieldValueKind.Number) => (decimal)number,
        (long number, FieldValueKind.Number) => (decimal)number,
        (double number, FieldValueKind.Number) => (decimal)number,
        (decimal number, _) => number,
        (bool flag, _) => flag,
        _ => System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    private sealed class ValueBox<T>(T value)
    {
        public T Value { get; } = value;
    }
}
