namespace CrmSite.Content.Store;

public enum IndexingTaskType
{
    Update = 0,
    Delete = 1,
}
