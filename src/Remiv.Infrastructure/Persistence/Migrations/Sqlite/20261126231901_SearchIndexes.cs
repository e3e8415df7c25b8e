using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Remiv.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Youths_BirthDate",
                table: "Youths");

            migrationBuilder.DropIndex(
                name: "IX_Youths_CurrentStatus",
                table: "Youths");

            migrationBuilder.DropIndex(
                name: "IX_Youths_LastName_FirstName",
                table: "Youths");

            migrationBuilder.DropIndex(
                name: "IX_YouthGroupMemberships_UserId_Until",
                table: "YouthGroupMemberships");

            migrationBuilder.CreateIndex(
                name: "IX_Youths_BirthDate_CurrentStatus_LastName_FirstName_Id",
                table: "Youths",
                columns: new[] { "BirthDate", "CurrentStatus", "LastName", "FirstName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Youths_CurrentStatus_LastName_FirstName_Id",
                table: "Youths",
                columns: new[] { "CurrentStatus", "LastName", "FirstName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Youths_LastName_FirstName_Id",
                table: "Youths",
                columns: new[] { "LastName", "FirstName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_YouthGroupMemberships_UserId_Until_YouthId",
                table: "YouthGroupMemberships",
                columns: new[] { "UserId", "Until", "YouthId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Youths_BirthDate_CurrentStatus_LastName_FirstName_Id",
                table: "Youths");

            migrationBuilder.DropIndex(
                name: "IX_Youths_CurrentStatus_LastName_FirstName_Id",
                table: "Youths");

            migrationBuilder.DropIndex(
                name: "IX_Youths_LastName_FirstName_Id",
                table: "Youths");

            migrationBuilder.DropIndex(
                name: "IX_YouthGroupMemberships_UserId_Until_YouthId",
                table: "YouthGroupMemberships");

            migrationBuilder.CreateIndex(
                name: "IX_Youths_BirthDate",
                table: "Youths",
                column: "BirthDate");

            migrationBuilder.CreateIndex(
                name: "IX_Youths_CurrentStatus",
                table: "Youths",
                column: "CurrentStatus");

            migrationBuilder.CreateIndex(
                name: "IX_Youths_LastName_FirstName",
                table: "Youths",
                columns: new[] { "LastName", "FirstName" });

            migrationBuilder.CreateIndex(
                name: "IX_YouthGroupMemberships_UserId_Until",
                table: "YouthGroupMemberships",
                columns: new[] { "UserId", "Until" });
        }
    }
}
