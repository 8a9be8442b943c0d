using CrmSite.Content.Fields;
using CrmSite.Content.Store;
using CrmSite.GraphQL.Querying;
using CrmSite.Tests.Unit.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Tests.Unit.GraphQL;

/// <summary>Where and orderBy arguments translated to SQL and run on a real SQLite store.</summary>
public sealed class ContentFilterTests(ContentFilterTests.Products store) : IClassFixture<ContentFilterTests.Products>
{
    private static readonly WhereInputMap Map = BuildMap();

    [Fact]
    public void Number_comparisons_use_the_field_index()
    {
        Assert.Equal(["p2", "p3"], Ids(new() { ["price"] = Obj(("amount_gt", 10m)) }));
        Assert.Equal(["p1", "p2"], Ids(new() { ["price"] = Obj(("amount_lte", 22m)) }));
        Assert.Equal(["p1"], Ids(new() { ["price"] = Obj(("amount", 10m)) }));
        Assert.Equal(["p1", "p3"], Ids(new() { ["price"] = Obj(("amount_in", new List<object?> { 10m, 30.5m })) }));
    }

    [Fact]
    public void Text_operators_and_their_negations()
    {
        Assert.Equal(["p2"], Ids(new() { ["sku_starts_with"] = "4000" }));
        Assert.Equal(["p2"], Ids(new() { ["sku_ends_with"] = "44" }));
        Assert.Equal(["p1", "p3"], Ids(new() { ["sku_contains"] = "0-0" }));
        // A negated operator also holds for an item without the field (p4 has no SKU).
        Assert.Equal(["p1", "p3", "p4"], Ids(new() { ["sku_not_starts_with"] = "4000" }));
        Assert.Equal(["p4"], Ids(new() { ["sku"] = null }));
    }

    [Fact]
    public void Or_objects_hold_alternatives_and_and_narrows_them()
    {
        // Orchard's own query: AND { OR { price.amount = 10, sku ends with 44 }, date > 2024-05-01 } → Product 2 only.
        var where = new Dictionary<string, object?>
        {
            ["AND"] = Obj(
                ("OR", Obj(("price", Obj(("amount", 10m))), ("sku_ends_with", "44"))),
                ("available_gt", new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc))),
        };
        Assert.Equal(["p2"], Ids(where));
        Assert.Equal(["p1", "p2"], Ids(new() { ["OR"] = new List<object?> { Obj(("price", Obj(("amount", 10m)))), Obj(("sku_ends_with", "44")) } }));
        Assert.Equal(["p3", "p4"], Ids(new() { ["NOT"] = Obj(("price", Obj(("amount_lt", 25m)))) }));
    }

    [Fact]
    public void List_fields_match_any_of_their_values()
    {
        Assert.Equal(["p1", "p3"], Ids(new() { ["tags"] = Obj(("values_contains", "red")) }));
        Assert.Equal(["p1", "p2", "p3"], Ids(new() { ["tags"] = Obj(("values_in", new List<object?> { "red", "blue" })) }));
        Assert.Equal(["p2", "p4"], Ids(new() { ["tags"] = Obj(("values_not_contains", "red")) }));
    }

    [Fact]
    public void Columns_are_compared_directly()
    {
        Assert.Equal(["p3"], Ids(new() { ["displayText_contains"] = "Three" }));
        Assert.Equal(["p2", "p3", "p4"], Ids(new() { ["displayText_gt"] = "Product 1" }));
    }

    [Fact]
    public void Orders_follow_the_order_written_and_keep_creation_order_for_ties()
    {
        var orders = new OrderByInputMap();
        orders.Add("amount", new IndexTarget("PricePart", "Amount", FieldValueKind.Number));
        orders.Add("displayText", new ColumnTarget("DisplayText", FieldValueKind.Text));
        using var db = store.Open();
        var order = new ContentOrder(db.FieldIndex, "Product");
        var byAmount = order.Apply(db.ContentItems, orders, new Dictionary<string, object?> { ["amount"] = OrderDirection.Desc })
            .Select(v => v.ContentItemId).ToList();
        // Items without a value (p4) come last in both directions.
        Assert.Equal(["p3", "p2", "p1", "p4"], byAmount);
        Assert.Equal(["p1", "p2", "p3", "p4"], order.Apply(db.ContentItems, orders, new Dictionary<string, object?> { ["amount"] = OrderDirection.Asc })
            .Select(v => v.ContentItemId).ToList());
        var byName = order.Apply(db.ContentItems, orders, new Dictionary<string, object?> { ["displayText"] = OrderDirection.Asc })
            .Select(v => v.ContentItemId).ToList();
        Assert.Equal(["p1", "p2", "p4", "p3"], byName); // ordinal: "Product 4" before "Product Three"
        Assert.Equal(["p1", "p2", "p3", "p4"], order.Apply(db.ContentItems, orders, null).Select(v => v.ContentItemId).ToList());
    }

    private List<string> Ids(Dictionary<string, object?> where)
    {
        using var db = store.Open();
        var filter = new ContentFilter(db.FieldIndex, "Product").Build(Map, where);
        var query = db.ContentItems.AsNoTracking().Where(v => v.ContentType == "Product");
        if (filter is not null)
        {
            query = query.Where(filter);
        }
        return query.OrderBy(v => v.Id).Select(v => v.ContentItemId).ToList();
    }

    private static Dictionary<string, object?> Obj(params (string Name, object? Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value);

    private static WhereInputMap BuildMap()
    {
        var price = new WhereInputMap();
        foreach (var (suffix, op) in FilterOperators.Comparable)
        {
            price.Add("amount" + suffix, new ComparisonEntry(new IndexTarget("PricePart", "Amount", FieldValueKind.Number), op));
        }
        var tags = new WhereInputMap();
        foreach (var (suffix, op) in FilterOperators.List)
        {
            tags.Add("values" + suffix, new ComparisonEntry(new BoundFieldTarget(FieldValueKind.Text), op));
        }
        var map = new WhereInputMap();
        map.Add("price", new NestedEntry(price));
        map.Add("tags", new NestedEntry(tags, "Product", "Tags"));
        foreach (var (suffix, op) in FilterOperators.Text)
        {
            map.Add("sku" + suffix, new ComparisonEntry(new IndexTarget("SkuPart", "Sku", FieldValueKind.Text), op));
            map.Add("displayText" + suffix, new ComparisonEntry(new ColumnTarget("DisplayText", FieldValueKind.Text), op));
        }
        foreach (var (suffix, op) in FilterOperators.Comparable)
        {
            map.Add("available" + suffix, new ComparisonEntry(new IndexTarget("MetadataPart", "AvailabilityDate", FieldValueKind.Date), op));
        }
        map.Add("AND", new LogicalEntry(LogicalOperator.And));
        map.Add("OR", new LogicalEntry(LogicalOperator.Or));
        map.Add("NOT", new LogicalEntry(LogicalOperator.Not));
        return map;
    }

    /// <summary>Four products: amounts 10, 22, 30.5 and none; SKUs 3000-01, 4000-44, 5000-02 and none; tags.</summary>
    public sealed class Products : TemporaryStore
    {
        public Products()
        {
            using var db = Open();
            Add(db, "p1", "Product 1", 10m, "3000-01", new DateTime(2024, 4, 7, 0, 0, 0, DateTimeKind.Utc), "red");
            Add(db, "p2", "Product 2", 22m, "4000-44", new DateTime(2024, 5, 18, 0, 0, 0, DateTimeKind.Utc), "blue");
            Add(db, "p3", "Product Three", 30.5m, "5000-02", new DateTime(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc), "red", "green");
            Add(db, "p4", "Product 4", null, null, null);
            db.SaveChanges();
        }

        private static void Add(CrmSiteDbContext db, string id, string title, decimal? amount, string? sku, DateTime? available, params string[] tags)
        {
            var version = id + "v";
            db.ContentItems.Add(new ContentItemRecord
            {
                ContentItemId = id, ContentItemVersionId = version, ContentType = "Product", DisplayText = title,
                Latest = true, Published = true, Number = 1, Data = "{}",
            });
            FieldIndexRecord Row(string part, string field) => new()
            {
                ContentItemId = id, ContentItemVersionId = version, ContentType = "Product", PartName = part, FieldName = field,
            };
            if (amount is not null)
            {
                var row = Row("PricePart", "Amount");
                row.Number = amount;
                db.FieldIndex.Add(row);
            }
            if (sku is not null)
            {
                var row = Row("SkuPart", "Sku");
                row.Text = sku;
                db.FieldIndex.Add(row);
            }
            if (available is not null)
            {
                var row = Row("MetadataPart", "AvailabilityDate");
                row.Date = available;
                db.FieldIndex.Add(row);
            }
            foreach (var tag in tags)
            {
                var row = Row("Product", "Tags");
                row.Text = tag;
                db.FieldIndex.Add(row);
            }
        }
    }
}
