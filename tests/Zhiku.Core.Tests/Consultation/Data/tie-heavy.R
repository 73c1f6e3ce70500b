# Oracle for the Delphi statistics (issue 16): R's own quantile(type = 7), sd, and Kendall's W with the
# correction for ties written out by its formula (Kendall 1948; Siegel & Castellan 1988):
#   W = 12 S / (m^2 (n^3 - n) - m sum(T)),  S = sum((R_i - mean(R))^2),  T_j = sum over tie groups (t^3 - t),
#   chi-square = m (n - 1) W on n - 1 degrees of freedom.
# Run: Rscript tie-heavy.R > tie-heavy.expected.csv   (the tests compare against the committed output).
a <- read.csv("tie-heavy.csv", stringsAsFactors = FALSE)
f <- function(x) sprintf("%.15g", x)
cat("kind,round,item,n,median,q1,q3,iqr,mean,sd,cv,experts,items,w,chisq,df,p\n")
for (r in sort(unique(a$round))) {
  ar <- a[a$round == r, ]
  for (i in sort(unique(ar$item))) {
    v <- ar$value[ar$item == i]
    q <- quantile(v, c(0.25, 0.5, 0.75), type = 7, names = FALSE)
    cat(paste("item", r, i, length(v), f(q[2]), f(q[1]), f(q[3]), f(q[3] - q[1]), f(mean(v)), f(sd(v)),
              f(sd(v) / abs(mean(v))), "", "", "", "", "", "", sep = ","), "\n", sep = "")
  }
  experts <- sort(unique(ar$expert))
  m <- length(experts)
  rated <- names(which(table(ar$item) == m))
  rated <- sort(rated)
  n <- length(rated)
  ranks <- sapply(experts, function(e) {
    x <- ar[ar$expert == e & ar$item %in% rated, ]
    x <- x[order(x$item), ]
    rank(x$value, ties.method = "average")
  })
  R <- rowSums(ranks)
  S <- sum((R - mean(R))^2)
  Tsum <- sum(apply(ranks, 2, function(col) { t <- as.numeric(table(col)); sum(t^3 - t) }))
  W <- 12 * S / (m^2 * (n^3 - n) - m * Tsum)
  chisq <- m * (n - 1) * W
  p <- pchisq(chisq, n - 1, lower.tail = FALSE)
  cat(paste("round", r, "", "", "", "", "", "", "", "", "", m, n, f(W), f(chisq), n - 1, f(p), sep = ","), "\n", sep = "")
}
