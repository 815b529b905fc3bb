package org.lms.service.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.jpa.jpql.EclipseLinkGrammarValidator;
import org.eclipse.persistence.jpa.jpql.JPQLQueryProblem;
import org.eclipse.persistence.jpa.jpql.parser.DefaultEclipseLinkJPQLGrammar;
import org.eclipse.persistence.jpa.jpql.parser.JPQLExpression;
import org.junit.jupiter.api.Test;

/**
 * The counts every report shares, read by EclipseLink's own JPQL parser: it takes no AND, OR or
 * list parameter in a WHEN inside an aggregate and only says so when the query first runs.
 */
class ReportQueriesTest {

    @Test
    void theSharedCountsAndConditionsParse() {
        assertParses("SELECT c.id, COUNT(e) AS enrolled, " + ReportScope.FINISHED_COUNT + " AS finished, "
                + ReportScope.OVERDUE_COUNT + " AS overdue, AVG(e.score * 1.0) AS averageScore FROM Enrollment e"
                + " JOIN e.user u JOIN e.course c WHERE u.organizationPath LIKE :reportScope AND " + ReportScope.OVERDUE
                + " GROUP BY c.id, c.title ORDER BY overdue DESC, c.id DESC");
        assertParses("SELECT k.id, COUNT(e), " + ReportScope.FINISHED_COUNT + ", " + ReportScope.OVERDUE_COUNT
                + " FROM Organization k, Enrollment e JOIN e.user u WHERE k.id IN :tops"
                + " AND LOCATE(k.path, u.organizationPath) = 1 GROUP BY k.id");
    }

    @Test
    void theCountsPerMonthOfProgressOverTimeParse() {
        String counts = ProgressOverTimeReport.monthCounts("e.assignedAt", 3);
        assertEquals("SUM(CASE WHEN e.assignedAt < :monthStart0 THEN 0 WHEN e.assignedAt < :monthStart1 THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN e.assignedAt < :monthStart1 THEN 0 WHEN e.assignedAt < :monthStart2 THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN e.assignedAt < :monthStart2 THEN 0 WHEN e.assignedAt < :monthStart3 THEN 1 ELSE 0 END)", counts,
                "each month from its start to the next month's");
        assertParses("SELECT COUNT(e), " + counts + " FROM Enrollment e JOIN e.user u WHERE u.organizationPath LIKE :reportScope"
                + " AND e.assignedAt >= :assignedFrom AND e.assignedAt < :assignedTo");
        assertParses("SELECT COUNT(e), " + ProgressOverTimeReport.monthCounts("e.completedAt", 36) + " FROM Enrollment e");
    }

    @Test
    void theParserCatchesACompoundWhenInsideAnAggregate() {
        List<String> problems = problems("SELECT SUM(CASE WHEN e.status IN :statuses THEN 1 ELSE 0 END) FROM Enrollment e");
        assertEquals(false, problems.isEmpty(), "the form the counts avoid");
    }

    private static void assertParses(String jpql) {
        assertEquals(List.of(), problems(jpql), jpql);
    }

    private static List<String> problems(String jpql) {
        List<JPQLQueryProblem> problems = new ArrayList<>();
        try {
            JPQLExpression expression = new JPQLExpression(jpql, DefaultEclipseLinkJPQLGrammar.instance(), false);
            EclipseLinkGrammarValidator validator = new EclipseLinkGrammarValidator(DefaultEclipseLinkJPQLGrammar.instance());
            validator.setProblems(problems);
            expression.accept(validator);
        } catch (RuntimeException unparsable) {
            return List.of(unparsable.toString());
        }
        return problems.stream().map(problem -> problem.getMessageKey() + " at " + problem.getStartPosition()).toList();
    }
}
