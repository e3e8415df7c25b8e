using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Remiv.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PsychologySessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PsychologySessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    YouthId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PsychologistId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Start = table.Column<long>(type: "INTEGER", nullable: false),
                    End = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    InterpreterLanguage = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    InterpreterBooking = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CancelledBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PsychologySessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PsychologySessions_FollowUpRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "FollowUpRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PsychologySessions_Rooms_RoomId",
                        column: x => x.RoomId,
                        principalTable: "Rooms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PsychologySessions_Youths_YouthId",
                        column: x => x.YouthId,
                        principalTable: "Youths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ScheduleLocks",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduleLocks", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "PsychologySessionChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    PreviousStart = table.Column<long>(type: "INTEGER", nullable: true),
                    PreviousEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PsychologySessionChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PsychologySessionChanges_PsychologySessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "PsychologySessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PsychologySessionChanges_SessionId",
                table: "PsychologySessionChanges",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_PsychologySessions_PsychologistId_Start",
                table: "PsychologySessions",
                columns: new[] { "PsychologistId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_PsychologySessions_RequestId",
                table: "PsychologySessions",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_PsychologySessions_RoomId_Start",
                table: "PsychologySessions",
                columns: new[] { "RoomId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_PsychologySessions_Start",
                table: "PsychologySessions",
                column: "Start");

            migrationBuilder.CreateIndex(
                name: "IX_PsychologySessions_YouthId_Start",
                table: "PsychologySessions",
                columns: new[] { "YouthId", "Start" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PsychologySessionChanges");

            migrationBuilder.DropTable(
                name: "ScheduleLocks");

            migrationBuilder.DropTable(
                name: "PsychologySessions");
        }
    }
}
