using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrmSite.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AdminListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FieldIndex_ContentType_PartName_FieldName_Text",
                table: "FieldIndex");

            migrationBuilder.CreateIndex(
                name: "IX_FieldIndex_ContentType_PartName_FieldName_Text_Version",
                table: "FieldIndex",
                columns: new[] { "ContentType", "PartName", "FieldName", "Text", "ContentItemVersionId" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Latest_ContentType_CreatedUtc",
                table: "ContentItems",
                columns: new[] { "ContentType", "CreatedUtc", "Id" },
                filter: "\"Latest\"");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Latest_ContentType_DisplayText",
                table: "ContentItems",
                columns: new[] { "ContentType", "DisplayText", "Id" },
                filter: "\"Latest\"");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Latest_ContentType_ModifiedUtc",
                table: "ContentItems",
                columns: new[] { "ContentType", "ModifiedUtc", "Id" },
                filter: "\"Latest\"");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Published_ContentType_CreatedUtc",
                table: "ContentItems",
                columns: new[] { "ContentType", "CreatedUtc", "Id" },
                filter: "\"Published\"");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Published_ContentType_DisplayText",
                table: "ContentItems",
                columns: new[] { "ContentType", "DisplayText", "Id" },
                filter: "\"Published\"");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Published_ContentType_ModifiedUtc",
                table: "ContentItems",
                columns: new[] { "ContentType", "ModifiedUtc", "Id" },
                filter: "\"Published\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FieldIndex_ContentType_PartName_FieldName_Text_Version",
                table: "FieldIndex");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_Latest_ContentType_CreatedUtc",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_Latest_ContentType_DisplayText",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_Latest_ContentType_ModifiedUtc",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_Published_ContentType_CreatedUtc",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_Published_ContentType_DisplayText",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_Published_ContentType_ModifiedUtc",
                table: "ContentItems");

            migrationBuilder.CreateIndex(
                name: "IX_FieldIndex_ContentType_PartName_FieldName_Text",
                table: "FieldIndex",
                columns: new[] { "ContentType", "PartName", "FieldName", "Text" });
        }
    }
}
