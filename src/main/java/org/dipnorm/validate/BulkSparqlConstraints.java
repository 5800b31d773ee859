package org.dipnorm.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.query.Query;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.path.PathFactory;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.sparql.syntax.PatternVars;

/**
 * The SPARQL-based constraints ({@code sh:sparql}) of the shapes, evaluated with one query per
 * constraint over all its focus nodes at once, instead of one query per focus node as SHACL
 * describes it (and Jena does it): the same findings for a fraction of the work, which matters when
 * an import brings some 1,300 events that three such constraints each check.
 *
 * <p>A constraint is evaluated this way only when that gives exactly the solutions the per-node
 * evaluation would, which this class checks on the query's syntax: a SELECT of {@code $this}
 * without LIMIT, OFFSET or a trailing VALUES, whose WHERE clause holds only triple patterns, FILTERs
 * and sub-selects that themselves project {@code $this}, bind it with a triple pattern of their own
 * and group by it if they aggregate; any EXISTS, in a filter or any other expression, over groups,
 * triple patterns, OPTIONAL, UNION and filters only (no sub-select, GRAPH, MINUS, BIND, VALUES or
 * SERVICE); no {@code $currentShape}, {@code $shapesGraph} or {@code $PATH}. Then a
 * {@code VALUES $this} block of the focus nodes, put first in the WHERE clause, binds {@code $this}
 * before every pattern, filter and sub-select sees it, as pre-binding does. The constraint must
 * belong to a node shape that has targets, no {@code sh:message} of its own (Jena reports that one
 * instead) and that no other shape refers to (as {@code sh:node}, in {@code sh:or}…), so that it is
 * checked only on its targets. Every other constraint, and the rest of the shapes, is left to Jena's
 * validator.
 */
final class BulkSparqlConstraints {
    private static final Var THIS = Var.alloc("this");
    private static final Var VALUE = Var.alloc("value");
    private static final Var PATH = Var.alloc("path");
    private static final Pattern PRE_BOUND_OTHER = Pattern.compile("[?$](currentShape|shapesGraph|PATH)\\b");

    /** A constraint taken out of the shapes, with its shape. */
    private record Bulk(Shape shape, SparqlConstraint constraint) {}

    private final Shapes rest;
    private final List<Bulk> bulk;

    private BulkSparqlConstraints(Shapes rest, List<Bulk> bulk) {
        this.rest = rest;
        this.bulk = bulk;
    }

    /** Splits the shapes of {@code shapesGraph} into what is evaluated here and the rest, for Jena. */
    static BulkSparqlConstraints of(Graph shapesGraph) {
        Shapes all = Shapes.parse(shapesGraph);
        List<Bulk> bulk = new ArrayList<>();
        List<Node> taken = new ArrayList<>();
        for (Shape shape : all.getTargetShapes()) {
            List<SparqlConstraint> sparql = shape.getConstraints().stream().filter(SparqlConstraint.class::isInstance)
                    .map(SparqlConstraint.class::cast).toList();
            // a shape's own sh:message replaces its constraints' messages in Jena's report: left to Jena
            if (sparql.isEmpty() || !shape.isNodeShape() || shape.deactivated() || !shape.getMessages().isEmpty()
                    || shapesGraph.contains(Node.ANY, Node.ANY, shape.getShapeNode())
                    || !sparql.stream().allMatch(c -> evaluableInBulk(c.getQuery()))) {
                continue;
            }
            sparql.forEach(c -> bulk.add(new Bulk(shape, c)));
            taken.add(shape.getShapeNode());
        }
        if (taken.isEmpty()) {
            return new BulkSparqlConstraints(all, List.of());
        }
        Graph reduced = GraphFactory.createDefaultGraph();
        shapesGraph.find().forEachRemaining(t -> {
            if (!(t.getPredicate().equals(SHACL.sparql) && taken.contains(t.getSubject()))) {
                reduced.add(t);
            }
        });
        return new BulkSparqlConstraints(Shapes.parse(reduced), List.copyOf(bulk));
    }

    /** The shapes without the constraints evaluated here: for Jena's validator. */
    Shapes rest() {
        return rest;
    }

    /** How many constraints are evaluated here. */
    int size() {
        return bulk.size();
    }

    /** The findings of the constraints evaluated here, as Jena's validator would report them. */
    List<Problem> validate(Graph data) {
        List<Problem> problems = new ArrayList<>();
        for (Bulk b : bulk) {
            Collection<Node> focus = org.apache.jena.shacl.validation.VLib.focusNodes(data, b.shape());
            if (focus.isEmpty()) {
                continue;
            }
            Query query = b.constraint().getQuery().cloneQuery();
            ElementGroup where = new ElementGroup();
            ElementData values = new ElementData();
            values.add(THIS);
            focus.forEach(n -> values.add(BindingFactory.binding(THIS, n)));
            where.addElement(values);
            ((ElementGroup) query.getQueryPattern()).getElements().forEach(where::addElement);
            query.setQueryPattern(where);
            try (QueryExec exec = QueryExec.dataset(DatasetGraphFactory.wrap(data)).query(query).build()) {
                RowSet rows = exec.select();
                while (rows.hasNext()) {
                    Binding row = rows.next();
                    Node focusNode = row.get(THIS);
                    Node path = row.get(PATH);
                    problems.add(Validator.shaclProblem(b.shape().getSeverity(), focusNode, path == null ? null : PathFactory.pathLink(path),
                            message(b.constraint().getMessage(), row, focusNode)));
                }
            }
        }
        return problems;
    }

    /**
     * The message as Jena's validator words it: the template with each {@code {?var}} or {@code {$var}} of the
     * row replaced, one variable after the other (a literal by its lexical form), or Jena's default.
     */
    private static String message(String template, Binding row, Node focusNode) {
        if (template == null) {
            // for a node shape the value node is the focus node, unless the query gives ?value
            Node value = row.get(VALUE) != null ? row.get(VALUE) : focusNode;
            return "SPARQL SELECT constraint for " + ShLib.displayStr(focusNode) + " returns " + ShLib.displayStr(value);
        }
        String x = template;
        for (var vars = row.vars(); vars.hasNext(); ) {
            Var var = vars.next();
            Node n = row.get(var);
            String text = n.isLiteral() ? n.getLiteralLexicalForm() : ShLib.displayStr(n);
            x = x.replaceAll("\\{[?$]" + Matcher.quoteReplacement(var.getVarName()) + "\\}", Matcher.quoteReplacement(text));
        }
        return x;
    }

    /** True if one query over all focus nodes gives the solutions of one query per focus node (see the class comment). */
    static boolean evaluableInBulk(Query query) {
        return query.isSelectType() && !PRE_BOUND_OTHER.matcher(query.toString()).find() && safeQuery(query, false);
    }

    /**
     * A SELECT projecting {@code $this} (grouping by it if it aggregates), without LIMIT, OFFSET or a trailing
     * VALUES, whose expressions hold only safe EXISTS patterns and whose WHERE clause is a safe group.
     */
    private static boolean safeQuery(Query query, boolean bindsThis) {
        if (query.hasLimit() || query.hasOffset() || query.hasValues()
                || !(query.isQueryResultStar() || query.getProjectVars().contains(THIS))) {
            return false;
        }
        if (query.hasGroupBy() || query.hasAggregators()) {
            // GROUP BY $this: the variable itself, not an expression bound to it
            var groupBy = query.getGroupBy();
            if (!groupBy.getVars().contains(THIS)
                    || !(groupBy.getExpr(THIS) == null || groupBy.getExpr(THIS) instanceof ExprVar v && v.asVar().equals(THIS))) {
                return false;
            }
        }
        List<Expr> exprs = new ArrayList<>(query.getProject().getExprs().values());
        exprs.addAll(query.getGroupBy().getExprs().values());
        exprs.addAll(query.getHavingExprs());
        query.getAggregators().forEach(a -> {
            if (a.getAggregator().getExprList() != null) {
                exprs.addAll(a.getAggregator().getExprList().getList());
            }
        });
        if (query.hasOrderBy()) {
            query.getOrderBy().forEach(c -> exprs.add(c.getExpression()));
        }
        return exprs.stream().allMatch(BulkSparqlConstraints::safeExpr) && safeGroup(query.getQueryPattern(), bindsThis);
    }

    /**
     * A group of triple patterns, filters and safe sub-selects; in a sub-select ({@code bindsThis}),
     * one of its triple patterns must mention {@code $this}, so that every row of it binds it.
     */
    private static boolean safeGroup(Element element, boolean bindsThis) {
        if (!(element instanceof ElementGroup group)) {
            return false;
        }
        boolean bound = false;
        for (Element e : group.getElements()) {
            if (e instanceof ElementPathBlock || e instanceof ElementTriplesBlock) {
                bound |= PatternVars.vars(e).contains(THIS);
            } else if (e instanceof ElementSubQuery sub) {
                if (!safeQuery(sub.getQuery(), true)) {
                    return false;
                }
            } else if (!(e instanceof ElementFilter f && safeExpr(f.getExpr()))) {
                return false;
            }
        }
        return bound || !bindsThis;
    }

    /**
     * An expression whose EXISTS and NOT EXISTS patterns hold only groups, triple patterns, OPTIONAL, UNION and
     * filters (themselves safe): patterns into which substituting a row's {@code $this} is the same as writing
     * the focus node in the query's text, as pre-binding does. A sub-select (its own scope), GRAPH (the shapes
     * graph is a named graph in Jena's per-node dataset), MINUS, BIND, VALUES or SERVICE is left to Jena.
     */
    private static boolean safeExpr(Expr expr) {
        if (expr == null) {
            return true;
        }
        boolean[] safe = {true};
        Walker.walk(expr, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp op) {
                safe[0] &= safePattern(op.getElement());
            }
        });
        return safe[0];
    }

    private static boolean safePattern(Element element) {
        if (element instanceof ElementGroup group) {
            return group.getElements().stream().allMatch(BulkSparqlConstraints::safePattern);
        }
        if (element instanceof ElementOptional optional) {
            return safePattern(optional.getOptionalElement());
        }
        if (element instanceof ElementUnion union) {
            return union.getElements().stream().allMatch(BulkSparqlConstraints::safePattern);
        }
        if (element instanceof ElementFilter filter) {
            return safeExpr(filter.getExpr());
        }
        return element instanceof ElementPathBlock || element instanceof ElementTriplesBlock;
    }
}
