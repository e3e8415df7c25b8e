using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Remiv.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChangeRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    YouthId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Operation = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Changes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Youths",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BirthDateStanding = table.Column<int>(type: "INTEGER", nullable: false),
                    Sex = table.Column<int>(type: "INTEGER", nullable: false),
                    Nationality = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Languages = table.Column<string>(type: "TEXT", nullable: false),
                    InterpreterNeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ArrivalInFrance = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FirstContact = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReferredBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Accommodation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CurrentStatus = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Youths", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    YouthId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentKind = table.Column<int>(type: "INTEGER", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attachments_Youths_YouthId",
                        column: x => x.YouthId,
                        principalTable: "Youths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    YouthId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Track = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Partner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NextStep = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Visibility = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpEntries_Youths_YouthId",
                        column: x => x.YouthId,
                        principalTable: "Youths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "YouthAliases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    YouthId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YouthAliases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YouthAliases_Youths_YouthId",
                        column: x => x.YouthId,
                        principalTable: "Youths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "YouthDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    YouthId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ExpiryDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YouthDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YouthDocuments_Youths_YouthId",
                        column: x => x.YouthId,
                        principalTable: "Youths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "YouthGroupMemberships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    YouthId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YouthGroupMemberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YouthGroupMemberships_Youths_YouthId",
                        column: x => x.YouthId,
                        principalTable: "Youths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "YouthNameTokens",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    YouthId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Plain = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Phonetic = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YouthNameTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YouthNameTokens_Youths_YouthId",
                        column: x => x.YouthId,
                        principalTable: "Youths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "YouthStatusChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    YouthId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YouthStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YouthStatusChanges_Youths_YouthId",
                        column: x => x.YouthId,
                        principalTable: "Youths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "YouthTrackSituations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Track = table.Column<int>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    YouthId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YouthTrackSituations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YouthTrackSituations_Youths_YouthId",
                        column: x => x.YouthId,
                        principalTable: "Youths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_YouthId",
                table: "Attachments",
                column: "YouthId");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeRecords_YouthId_At",
                table: "ChangeRecords",
                columns: new[] { "YouthId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpEntries_Date_YouthId",
                table: "FollowUpEntries",
                columns: new[] { "Date", "YouthId" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpEntries_SubmissionId",
                table: "FollowUpEntries",
                column: "SubmissionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpEntries_YouthId_Date",
                table: "FollowUpEntries",
                columns: new[] { "YouthId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_YouthAliases_YouthId",
                table: "YouthAliases",
                column: "YouthId");

            migrationBuilder.CreateIndex(
                name: "IX_YouthDocuments_ExpiryDate",
                table: "YouthDocuments",
                column: "ExpiryDate");

            migrationBuilder.CreateIndex(
                name: "IX_YouthDocuments_YouthId_Kind",
                table: "YouthDocuments",
                columns: new[] { "YouthId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_YouthGroupMemberships_UserId_Until",
                table: "YouthGroupMemberships",
                columns: new[] { "UserId", "Until" });

            migrationBuilder.CreateIndex(
                name: "IX_YouthGroupMemberships_YouthId",
                table: "YouthGroupMemberships",
                column: "YouthId");

            migrationBuilder.CreateIndex(
                name: "IX_YouthNameTokens_Phonetic",
                table: "YouthNameTokens",
                column: "Phonetic");

            migrationBuilder.CreateIndex(
                name: "IX_YouthNameTokens_Plain",
                table: "YouthNameTokens",
                column: "Plain");

            migrationBuilder.CreateIndex(
                name: "IX_YouthNameTokens_YouthId",
                table: "YouthNameTokens",
                column: "YouthId");

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
                name: "IX_Youths_ReferentId",
                table: "Youths",
                column: "ReferentId");

            migrationBuilder.CreateIndex(
                name: "IX_YouthStatusChanges_YouthId",
                table: "YouthStatusChanges",
                column: "YouthId");

            migrationBuilder.CreateIndex(
                name: "IX_YouthTrackSituations_YouthId",
                table: "YouthTrackSituations",
                column: "YouthId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Attachments");

            migrationBuilder.DropTable(
                name: "ChangeRecords");

            migrationBuilder.DropTable(
                name: "FollowUpEntries");

            migrationBuilder.DropTable(
                name: "YouthAliases");

            migrationBuilder.DropTable(
                name: "YouthDocuments");

            migrationBuilder.DropTable(
                name: "YouthGroupMemberships");

            migrationBuilder.DropTable(
                name: "YouthNameTokens");

            migrationBuilder.DropTable(
                name: "YouthStatusChanges");

            migrationBuilder.DropTable(
                name: "YouthTrackSituations");

            migrationBuilder.DropTable(
                name: "Youths");
        }
    }
}
