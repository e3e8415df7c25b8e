using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Remiv.Infrastructure.Persistence.Migrations.PostgreSql
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: true),
                    EntityType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    YouthId = table.Column<Guid>(type: "uuid", nullable: true),
                    Operation = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Changes = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Youths",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    FirstName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    BirthDateStanding = table.Column<int>(type: "integer", nullable: false),
                    Sex = table.Column<int>(type: "integer", nullable: false),
                    Nationality = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    Languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    InterpreterNeeded = table.Column<bool>(type: "boolean", nullable: false),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    ArrivalInFrance = table.Column<DateOnly>(type: "date", nullable: true),
                    FirstContact = table.Column<DateOnly>(type: "date", nullable: false),
                    ReferredBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Accommodation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CurrentStatus = table.Column<int>(type: "integer", nullable: false),
                    ReferentId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Youths", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    YouthId = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentKind = table.Column<int>(type: "integer", nullable: true),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    StorageKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UploadedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    YouthId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Track = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Partner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    NextStep = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Visibility = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    YouthId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    YouthId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ExpiryDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    UpdatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    Until = table.Column<DateOnly>(type: "date", nullable: true),
                    YouthId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    YouthId = table.Column<Guid>(type: "uuid", nullable: false),
                    Plain = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Phonetic = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C")
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Department = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    YouthId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Track = table.Column<int>(type: "integer", nullable: false),
                    Summary = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    YouthId = table.Column<Guid>(type: "uuid", nullable: false)
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
