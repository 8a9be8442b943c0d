namespace CrmSite.Content.Store;

public enum StoreProvider
{
    Sqlite,
    Postgres,
}
