using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CrmSite.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Workflows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LockLeases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Owner = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ExpiresUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LockLeases", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "Workflows",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkflowId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    WorkflowTypeId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CorrelationId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    FaultMessage = table.Column<string>(type: "text", nullable: true),
                    State = table.Column<string>(type: "text", nullable: false),
                    StartedBy = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Workflows", x => x.Id);
                    table.UniqueConstraint("AK_Workflows_WorkflowId", x => x.WorkflowId);
                });

            migrationBuilder.CreateTable(
                name: "WorkflowTimers",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    LastSlotUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkflowTimers", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "WorkflowBlockingActivities",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkflowId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    WorkflowTypeId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    ActivityId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ActivityName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    IsStart = table.Column<bool>(type: "boolean", nullable: false),
                    CorrelationId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkflowBlockingActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkflowBlockingActivities_Workflows_WorkflowId",
                        column: x => x.WorkflowId,
                        principalTable: "Workflows",
                        principalColumn: "WorkflowId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowBlockingActivities_ActivityName_CorrelationId",
                table: "WorkflowBlockingActivities",
                columns: new[] { "ActivityName", "CorrelationId" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowBlockingActivities_WorkflowId",
                table: "WorkflowBlockingActivities",
                column: "WorkflowId");

            migrationBuilder.CreateIndex(
                name: "IX_Workflows_CorrelationId",
                table: "Workflows",
                column: "CorrelationId");

            migrationBuilder.CreateIndex(
                name: "IX_Workflows_Status_UpdatedUtc",
                table: "Workflows",
                columns: new[] { "Status", "UpdatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Workflows_WorkflowId",
                table: "Workflows",
                column: "WorkflowId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Workflows_WorkflowTypeId_Status",
                table: "Workflows",
                columns: new[] { "WorkflowTypeId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LockLeases");

            migrationBuilder.DropTable(
                name: "WorkflowBlockingActivities");

            migrationBuilder.DropTable(
                name: "WorkflowTimers");

            migrationBuilder.DropTable(
                name: "Workflows");
        }
    }
}
